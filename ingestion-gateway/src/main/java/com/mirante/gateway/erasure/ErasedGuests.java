package com.mirante.gateway.erasure;

import com.mirante.api.guest.GuestErased;
import com.mirante.api.guest.GuestIds;
import com.mirante.platform.eventstore.EventStoreSchema;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which guests were erased, read from the event store itself: an erased guest's history holds a
 * {@link GuestErased} event, and events are never removed, so the answer needs no table of its
 * own to keep in step (nor a backfill for the guests erased before). One indexed look-up by
 * aggregate identifier, which the gateway's role may read.
 */
@Component
class ErasedGuests {

    private final JdbcClient jdbc;
    private final String events;

    ErasedGuests(JdbcTemplate jdbc, EventStoreSchema schema) {
        this.jdbc = JdbcClient.create(jdbc);
        this.events = schema.table("domain_event_entry");
    }

    /** Those of {@code guestIds} that were erased. */
    Set<Long> among(Set<Long> guestIds) {
        if (guestIds.isEmpty()) {
            return Set.of();
        }
        Map<String, Long> byAggregate = guestIds.stream()
                .collect(Collectors.toMap(GuestIds::aggregateId, Function.identity()));
        return jdbc.sql("select distinct aggregate_identifier from " + events
                        + " where aggregate_identifier in (:aggregates) and payload_type = :erased")
                .param("aggregates", byAggregate.keySet())
                .param("erased", GuestErased.class.getName())
                .query(String.class)
                .list()
                .stream()
                .map(byAggregate::get)
                .collect(Collectors.toUnmodifiableSet());
    }
}
