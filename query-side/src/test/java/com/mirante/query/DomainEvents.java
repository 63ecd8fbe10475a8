package com.mirante.query;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Appends domain events to the real event store as an aggregate would, next in its sequence. */
public final class DomainEvents {

    private DomainEvents() {
    }

    public static void publish(EventStore eventStore, String aggregateType, String aggregateId, Object event) {
        long sequence = eventStore.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
        eventStore.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, event));
    }
}
