package com.mirante.gateway.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Tells an outcome of an event store outage (see {@link Failures#isOutage}), and waits for the store to come back. */
@Component
public class EventStoreReachability {

    private static final Logger log = LoggerFactory.getLogger(EventStoreReachability.class);

    private final DataSource dataSource;

    EventStoreReachability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static boolean isOutage(Outcome outcome) {
        return outcome instanceof Outcome.Failed failed && failed.storeUnavailable();
    }

    /** Blocks until a connection to the database works again, or {@code keepWaiting} says stop. */
    public void awaitReachable(BooleanSupplier keepWaiting) {
        log.warn("Event store unreachable: consumption paused until it is back");
        while (keepWaiting.getAsBoolean()) {
            try (Connection connection = dataSource.getConnection()) {
                if (connection.isValid(2)) {
                    log.info("Event store reachable again: consumption resumes");
                    return;
                }
            } catch (SQLException e) {
                log.debug("Event store still unreachable: {}", e.getMessage());
            }
            try {
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
