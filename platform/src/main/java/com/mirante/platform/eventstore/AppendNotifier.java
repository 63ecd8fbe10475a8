package com.mirante.platform.eventstore;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every node that tracks the store that events were appended: a {@code pg_notify} on the
 * store's channel once the appending transaction has committed, sent on a connection of its own by
 * a thread of its own. Not a trigger nor a NOTIFY in the appending transaction: PostgreSQL holds a
 * lock on its notification queue from such a transaction's NOTIFY to its commit, which would make
 * concurrent appends commit one at a time. Appends within {@link #MIN_INTERVAL_NANOS} of a notify
 * share the next one, so a busy gateway sends at most a few hundred a second; the notify's own
 * commit does not wait for its write-ahead log to reach the disk (nothing is lost with it: a
 * wake-up only makes a reader look sooner). A notify that fails is not retried: the readers poll.
 */
final class AppendNotifier implements AutoCloseable {

    static final long MIN_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    /** PostgreSQL's longest identifier: a longer channel would be cut short by LISTEN but refused by pg_notify. */
    static final int MAX_CHANNEL_BYTES = 63;

    private static final Logger log = LoggerFactory.getLogger(AppendNotifier.class);
    private static final String NOTIFY = "SELECT pg_notify(?, ''), set_config('synchronous_commit', 'off', true)";

    private final DataSource dataSource;
    private final String channel;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Thread thread;
    private volatile boolean closed;

    AppendNotifier(DataSource dataSource, String channel) {
        this.dataSource = dataSource;
        this.channel = checked(channel);
    }

    static String checked(String channel) {
        if (channel.getBytes(StandardCharsets.UTF_8).length > MAX_CHANNEL_BYTES) {
            throw new IllegalArgumentException("Channel " + channel + " is longer than PostgreSQL's "
                    + MAX_CHANNEL_BYTES + " bytes: choose a shorter event store schema name");
        }
        return channel;
    }

    /** Events were appended: notify when the transaction they were appended in has committed. */
    void appended() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            // Axon's unit of work joined a transaction of the caller's: the events are not visible before it commits.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal();
                }
            });
        } else {
            signal();
        }
    }

    private void signal() {
        pending.set(true);
        if (started.compareAndSet(false, true)) {
            Thread notifier = new Thread(this::run, "event-store-notifier");
            notifier.setDaemon(true);
            thread = notifier;
            notifier.start();
        } else {
            LockSupport.unpark(thread);
        }
    }

    private void run() {
        while (!closed) {
            if (!pending.getAndSet(false)) {
                LockSupport.park(this);
                continue;
            }
            long next = System.nanoTime() + MIN_INTERVAL_NANOS;
            notifyReaders();
            for (long left = next - System.nanoTime(); left > 0 && !closed; left = next - System.nanoTime()) {
                LockSupport.parkNanos(this, left);
            }
        }
    }

    private void notifyReaders() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement notify = connection.prepareStatement(NOTIFY)) {
                notify.setString(1, channel);
                notify.execute();
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not notify the readers of the event store of appended events (they find them by"
                    + " polling): {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
