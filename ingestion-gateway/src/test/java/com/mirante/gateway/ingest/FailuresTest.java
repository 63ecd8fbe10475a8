package com.mirante.gateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.gateway.dms.InvalidChangeRecordException;
import com.mirante.gateway.mapping.ChangeNotYetApplicableException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sqs.model.SqsException;

class FailuresTest {

    private static SQLException sqlState(String state) {
        return new SQLException("ERROR: something", state);
    }

    /** How the failures reach ChangeIngestion: Axon's event store wraps the driver's, the gateway wraps that. */
    private static RuntimeException deep(Throwable cause) {
        return new CommandExecutionException("command failed", new EventStoreException("append failed", cause));
    }

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "57P01", "40001", "40P01", "55P03", "57014"})
    void transientSqlStatesAtAnyDepth(String state) {
        assertThat(Failures.isTransient(sqlState(state))).isTrue();
        assertThat(Failures.isTransient(deep(sqlState(state)))).isTrue();
    }

    @Test
    void theDatabaseUnreachableIsTransientAndAnOutage() {
        for (Throwable unreachable : new Throwable[] {new ConnectException("Connection refused"),
                new SQLTransientConnectionException("pool: connection not available"),
                new CannotGetJdbcConnectionException("no connection"), sqlState("08006")}) {
            assertThat(Failures.isTransient(deep(unreachable))).as(unreachable.toString()).isTrue();
            assertThat(Failures.isOutage(deep(unreachable))).as(unreachable.toString()).isTrue();
        }
        assertThat(Failures.isOutage(deep(sqlState("40001")))).isFalse();
    }

    @Test
    void springsTimeoutsAndConflictsAreTransient() {
        assertThat(Failures.isTransient(new QueryTimeoutException("statement timeout"))).isTrue();
        assertThat(Failures.isTransient(new ConcurrencyFailureException("conflict"))).isTrue();
        assertThat(Failures.isTransient(new CannotAcquireLockException("lock"))).isTrue();
        assertThat(Failures.isTransient(new TransientDataAccessResourceException("busy"))).isTrue();
        assertThat(Failures.isTransient(deep(new SQLTimeoutException("timed out")))).isTrue();
    }

    @Test
    void competingGatewaysOnOneAggregateAreTransient() {
        assertThat(Failures.isTransient(new ConcurrencyException("sequence 3 taken"))).isTrue();
        assertThat(Failures.isTransient(new CommandExecutionException("failed",
                new AggregateStreamCreationException("stream exists")))).isTrue();
    }

    @Test
    void timeoutsAChangeThatWaitsForAnotherAndInterruptsAreTransient() {
        assertThat(Failures.isTransient(new CompletionException(new TimeoutException()))).isTrue();
        assertThat(Failures.isTransient(new ChangeNotYetApplicableException("posting not seen yet"))).isTrue();
        assertThat(Failures.isTransient(new UncheckedIOException(new InterruptedIOException()))).isTrue();
        assertThat(Failures.isTransient(new IllegalStateException(new InterruptedException()))).isTrue();
    }

    @Test
    void awsThrottlingIsTransientAndOtherAwsErrorsAreNot() {
        AwsServiceException throttled = SqsException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").build()).build();
        AwsServiceException denied = SqsException.builder().statusCode(403)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDenied").build()).build();

        assertThat(Failures.isTransient(new IllegalStateException(throttled))).isTrue();
        assertThat(Failures.isTransient(denied)).isFalse();
    }

    @Test
    void anEventStoreFailureIsTransientOnlyWhenItsCauseIs() {
        assertThat(Failures.isTransient(new EventStoreException("append failed", sqlState("40P01")))).isTrue();
        assertThat(Failures.isTransient(new EventStoreException("append failed", sqlState("22001")))).isFalse();
        assertThat(Failures.isTransient(new EventStoreException("append failed"))).isFalse();
    }

    @Test
    void everythingElseIsPermanent() {
        for (Throwable permanent : new Throwable[] {new NullPointerException(), new IllegalStateException("bug"),
                new DataIntegrityViolationException("value too long", sqlState("22001")),
                new BadSqlGrammarException("append", "insert", sqlState("42P01")),
                deep(sqlState("23505")), new StackOverflowError(), new AssertionError("invariant"),
                new InvalidChangeRecordException("BAD_VALUE", "bad")}) {
            assertThat(Failures.isTransient(permanent)).as(permanent.toString()).isFalse();
            assertThat(Failures.isFatal(permanent)).as(permanent.toString()).isFalse();
        }
    }

    @Test
    void theJvmsOwnErrorsAreFatalButAStackOverflowIsNot() {
        assertThat(Failures.isFatal(new OutOfMemoryError("Java heap space"))).isTrue();
        assertThat(Failures.isFatal(new CommandExecutionException("failed", new InternalError()))).isTrue();
        assertThat(Failures.isFatal(new StackOverflowError())).isFalse();
    }

    @Test
    void aCauseChainWithACycleEnds() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);

        assertThat(Failures.isTransient(first)).isFalse();
        assertThat(Failures.describe(first)).startsWith(IllegalStateException.class.getName());
    }

    @Test
    void aDescriptionNamesTheClassesAndWhereButNoMessage() {
        String description = Failures.describe(deep(new IllegalArgumentException("guest maria@example.com")));

        assertThat(description).startsWith(CommandExecutionException.class.getName() + " (root cause "
                        + IllegalArgumentException.class.getName() + " at " + FailuresTest.class.getName())
                .doesNotContain("maria");
        assertThat(Failures.describe(new NullPointerException())).startsWith(NullPointerException.class.getName() + " at ");
    }
}
