package com.mirante.platform.eventstore;

import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC engine for a store whose aggregates take no snapshots. Axon reads the snapshot
 * table before every aggregate load, whether or not anything writes it: here that read could only
 * come back empty, and it cost a database round trip on every command the gateway applies.
 * Storing a snapshot fails loudly, so whoever adds a snapshot trigger also brings the read back.
 */
class SnapshotFreeEventStorageEngine extends JdbcEventStorageEngine {

    SnapshotFreeEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        throw new UnsupportedOperationException("This event store takes no snapshots (see "
                + SnapshotFreeEventStorageEngine.class.getSimpleName() + "): snapshot of "
                + snapshot.getAggregateIdentifier() + " refused");
    }
}
