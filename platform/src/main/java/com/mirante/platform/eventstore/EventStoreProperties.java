package com.mirante.platform.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param schema     the PostgreSQL schema that holds the event store tables
 * @param fetchDelay how long a tracking reader waits before polling the store again when it found
 *                   nothing new; with wake-ups off, appends made by another process are only seen by
 *                   polling, so this bounds the query side's delay behind the gateway
 * @param batchSize  how many events one read of the store's stream fetches: a processor replaying
 *                   or catching up reads the store page by page, and Axon's default of 100 makes that
 *                   a round trip per 100 events
 * @param wakeUps    whether appends wake the readers of every node at once (see {@link WakingEventStore});
 *                   false: they find new events by polling alone, as Axon's store does
 */
@ConfigurationProperties("mirante.event-store")
public record EventStoreProperties(String schema, Duration fetchDelay, Integer batchSize, Boolean wakeUps) {

    public EventStoreProperties {
        schema = schema == null ? "event_store" : schema;
        fetchDelay = fetchDelay == null ? Duration.ofMillis(100) : fetchDelay;
        batchSize = batchSize == null ? 1000 : batchSize;
        wakeUps = wakeUps == null || wakeUps;
    }

    /** The PostgreSQL channel appends are announced on: one per event store. */
    public String appendedChannel() {
        return schema + "_appended";
    }
}
