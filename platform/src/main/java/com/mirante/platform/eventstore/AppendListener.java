package com.mirante.platform.eventstore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the {@link AppendNotifier}s of every node on one connection of this node's, held by a
 * thread of its own, and wakes the store's reader for each batch of notifications. While it is not
 * listening (the connection lost, the database restarting) the reader only polls; it listens again
 * after a back-off from {@link #FIRST_RETRY} doubling to {@link #LAST_RETRY}, and then wakes the
 * reader once for what was appended meanwhile. An idle connection is checked every
 * {@link #QUIET_CHECK} by listening again (a no-op when the connection is alive), so a connection the
 * network dropped without a word is found out.
 */
final class AppendListener implements AutoCloseable {

    static final Duration FIRST_RETRY = Duration.ofMillis(500);
    static final Duration LAST_RETRY = Duration.ofSeconds(30);
    static final Duration QUIET_CHECK = Duration.ofSeconds(15);
    private static final int WAIT_MILLIS = 1000;
    private static final Logger log = LoggerFactory.getLogger(AppendListener.class);

    private final DataSource dataSource;
    private final String listen;
    private final AtomicInteger listening = new AtomicInteger();
    private final Counter wakeUps;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Thread thread;

    AppendListener(DataSource dataSource, String channel, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.listen = "LISTEN \"" + AppendNotifier.checked(channel).replace("\"", "\"\"") + "\"";
        Gauge.builder("mirante.event_store.listening", listening, AtomicInteger::get)
                .description("1 while this node listens for events appended by any node, 0 while it only polls")
                .register(meters);
        this.wakeUps = Counter.builder("mirante.event_store.wake_ups")
                .description("Times this node's event store reader was woken by appends of any node")
                .register(meters);
    }

    /** Starts listening, once; {@code wakeUp} is called on the listener's thread. */
    void start(Runnable wakeUp) {
        if (started.compareAndSet(false, true)) {
            Thread listener = new Thread(() -> listen(wakeUp), "event-store-listener");
            listener.setDaemon(true);
            thread = listener;
            listener.start();
        }
    }

    private void listen(Runnable wakeUp) {
        Duration retry = FIRST_RETRY;
        while (!isClosed()) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                execute(connection, listen);
                listening.set(1);
                retry = FIRST_RETRY;
                wake(wakeUp);
                hear(connection.unwrap(PGConnection.class), connection, wakeUp);
            } catch (SQLException | RuntimeException e) {
                listening.set(0);
                if (!isClosed()) {
                    log.warn("Not listening for appended events, only polling; listening again in {} ms: {}",
                            retry.toMillis(), e.getMessage());
                    await(retry);
                    retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
                }
            }
        }
        listening.set(0);
    }

    private void hear(PGConnection postgres, Connection connection, Runnable wakeUp) throws SQLException {
        long quietSince = System.nanoTime();
        while (!isClosed()) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                wake(wakeUp);
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > QUIET_CHECK.toNanos()) {
                execute(connection, listen);
                quietSince = System.nanoTime();
            }
        }
    }

    private void wake(Runnable wakeUp) {
        wakeUps.increment();
        wakeUp.run();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private boolean isClosed() {
        return closed.getCount() == 0;
    }

    private void await(Duration duration) {
        try {
            closed.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed.countDown();
        }
    }

    /** Stops listening; the connection goes back to its pool within a second. */
    @Override
    public void close() {
        closed.countDown();
        Thread listener = thread;
        if (listener != null) {
            try {
                listener.join(WAIT_MILLIS * 2L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
