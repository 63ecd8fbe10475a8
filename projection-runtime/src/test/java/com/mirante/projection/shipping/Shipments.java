package com.mirante.projection.shipping;

import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the tests do with the shipping application: ship parcels, count the live parcels table. */
final class Shipments {

    private Shipments() {
    }

    /** Parcels {@code prefix0..prefix<count-1>}, each the first event of its own aggregate, in one append. */
    static void ship(EventStore eventStore, String prefix, int count, String destination) {
        List<EventMessage<?>> events = IntStream.range(0, count)
                .<EventMessage<?>>mapToObj(i -> new GenericDomainEventMessage<>("Parcel", prefix + i, 0,
                        new ParcelShipped(prefix + i, destination)))
                .toList();
        eventStore.publish(events);
    }

    static int parcels(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM shipping.parcels").query(Integer.class).single();
    }
}
