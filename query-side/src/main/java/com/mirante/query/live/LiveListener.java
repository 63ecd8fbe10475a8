package com.mirante.query.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on the announcements channel with one connection of its own and hands what arrives to
 * the features (as {@link LiveChangesReceived}) on this one thread, which also queues the streams'
 * heartbeats (see {@link LiveStream}: nothing here waits on a client). A lost connection is opened again; the announcements in between are lost, which a
 * page survives: its next change brings it up to date.
 */
@Component
class LiveListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final ApplicationEventPublisher publisher;
    private final LiveStream stream;
    private final ObjectMapper json;
    private volatile CountDownLatch stopped;
    private volatile Thread thread;
    private long lastHeartbeat = System.nanoTime();

    LiveListener(DataSource dataSource, ApplicationEventPublisher publisher, LiveStream stream, ObjectMapper json) {
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.stream = stream;
        this.json = json;
    }

    @Override
    public void start() {
        stopped = new CountDownLatch(1);
        thread = new Thread(this::listen, "live-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        stopped.countDown();
        try {
            thread.join(WAIT_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
        // Before the web server's graceful shutdown, which would otherwise wait on every open
        // stream until its timeout; the browsers reconnect, to another node if there is one.
        stream.closeAll();
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private boolean stopping() {
        return stopped.getCount() == 0;
    }

    private void listen() {
        while (!stopping()) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + LiveChanges.CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (!stopping()) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        deliver(notifications);
                    }
                    heartbeatWhenDue();
                }
            } catch (SQLException | RuntimeException e) {
                log.warn("Live updates interrupted, listening again in {}: {}", RECONNECT, e.getMessage());
                awaitStop(RECONNECT);
            }
        }
    }

    private void deliver(PGNotification[] notifications) {
        List<LiveChange> changes = new ArrayList<>(notifications.length);
        for (PGNotification notification : notifications) {
            try {
                changes.add(json.readValue(notification.getParameter(), LiveChange.class));
            } catch (Exception unreadable) {
                log.warn("Ignoring an unreadable live announcement: {}", notification.getParameter());
            }
        }
        if (changes.isEmpty() || stream.size() == 0) {
            return;
        }
        try {
            publisher.publishEvent(new LiveChangesReceived(changes));
        } catch (RuntimeException e) {
            log.warn("Could not push {} live changes", changes.size(), e);
        }
    }

    private void heartbeatWhenDue() {
        if (System.nanoTime() - lastHeartbeat >= HEARTBEAT.toNanos()) {
            lastHeartbeat = System.nanoTime();
            stream.heartbeat();
        }
    }

    private void awaitStop(Duration duration) {
        try {
            stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
