package com.mirante.gateway.ingest;

import com.mirante.gateway.mapping.ChangeNotYetApplicableException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.nio.channels.ClosedByInterruptException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Which failures pass by themselves. A failure is transient when any cause in its chain is on
 * the list below: the message is worth another try later, through the queue. Everything else is
 * the message's own fault or a defect, and retrying it later only delays its dead letter.
 */
final class Failures {

    /** PostgreSQL's SQLStates of a conflict or a wait that another try resolves. */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of(
            "40001", // serialization failure
            "40P01", // deadlock detected
            "55P03", // lock not available (NOWAIT, lock_timeout)
            "57014"); // query cancelled (statement_timeout)

    private Failures() {
    }

    /** Whether the failure passes by itself (see the class comment); false for a message's own fault. */
    static boolean isTransient(Throwable failure) {
        return anyCause(failure, Failures::isTransientCause);
    }

    private static boolean isTransientCause(Throwable cause) {
        return isOutageCause(cause)
                // Spring's translation of timeouts, lock and serialization conflicts (QueryTimeoutException,
                // ConcurrencyFailureException and its pessimistic and optimistic lock failures).
                || cause instanceof TransientDataAccessException
                // JDBC's own: SQLTimeoutException, SQLTransactionRollbackException, SQLTransientConnectionException.
                || cause instanceof SQLTransientException
                || cause instanceof SQLException sql && TRANSIENT_SQL_STATES.contains(sql.getSQLState())
                // Another gateway appended to the same aggregate first, or created its stream first.
                || cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException
                || cause instanceof TimeoutException
                // A change that waits for another one (a charge's delete before its posting): the
                // queue brings it back, and its redrive policy dead-letters it if the other never comes.
                || cause instanceof ChangeNotYetApplicableException
                || cause instanceof SdkServiceException aws && aws.isThrottlingException()
                // The consumer is stopping and interrupted its workers: not the message's fault.
                || cause instanceof InterruptedException || cause instanceof InterruptedIOException
                || cause instanceof ClosedByInterruptException;
    }

    /** Whether the database could not be reached at all (connection refused, lost, shut down). */
    static boolean isOutage(Throwable failure) {
        return anyCause(failure, Failures::isOutageCause);
    }

    private static boolean isOutageCause(Throwable cause) {
        if (cause instanceof SQLRecoverableException || cause instanceof ConnectException
                || cause instanceof CannotGetJdbcConnectionException
                || cause instanceof SQLTransientConnectionException) {
            return true;
        }
        // SQLState class 08: connection exception; 57P0x: the server is shutting down or restarting.
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"));
    }

    /**
     * Whether the failure is the JVM's, not the message's: a {@link VirtualMachineError} other than
     * {@link StackOverflowError} (out of memory, an internal error). The body being handled when
     * the heap runs out is rarely the one that exhausted it, and after such an error nothing in
     * the process is known to be sound; so it is not dead-lettered as the message's fault but
     * left to escape, for the consumer's supervisor to restart the poller (or for the JVM to exit,
     * where it is run with -XX:+ExitOnOutOfMemoryError). The message comes back after its
     * visibility timeout, and the queue's redrive policy still catches a body that always does it.
     * A stack overflow, by contrast, is bounded to the thread and the input that recursed too deep.
     */
    static boolean isFatal(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof VirtualMachineError && !(cause instanceof StackOverflowError));
    }

    /**
     * The failure's class, its root cause's and where that was thrown, never their messages
     * (which may quote a record's personal values).
     */
    static String describe(Throwable failure) {
        Throwable root = failure;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        String where = root.getStackTrace().length == 0 ? "" : " at " + root.getStackTrace()[0];
        return root == failure ? failure.getClass().getName() + where
                : failure.getClass().getName() + " (root cause " + root.getClass().getName() + where + ")";
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
