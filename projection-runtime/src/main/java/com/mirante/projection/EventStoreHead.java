package com.mirante.projection;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where the event store ends, and what a reader at a given position has not processed yet. */
class EventStoreHead {

    /**
     * Up to this many events behind, the backlog counts only the events the reader handles; further
     * behind, every event counts (reading the types of a long backlog on every status call costs too much).
     */
    static final long EXACT_BACKLOG = 20_000;

    private final JdbcClient jdbc;
    private final String events;
    private final String index;
    private final String time;
    private final String type;

    /** As Axon's JDBC event store knows its table (qualified with its schema, where it has one). */
    EventStoreHead(JdbcClient jdbc, EventSchema schema) {
        this.jdbc = jdbc;
        this.events = schema.domainEventTable();
        this.index = schema.globalIndexColumn();
        this.time = schema.timestampColumn();
        this.type = schema.payloadTypeColumn();
    }

    long position() {
        return jdbc.sql("SELECT coalesce(max(" + index + "), 0) FROM " + events).query(Long.class).single();
    }

    /**
     * The events after {@code position} a reader handling the given payload types has still to
     * process. A pooled processor stops being offered the types none of its handlers takes, so it
     * does not move over trailing events of those types: they are not work it has left.
     */
    Backlog backlog(long position, long head, Predicate<String> handledPayloadType) {
        if (head - position > EXACT_BACKLOG) {
            return new Backlog(head - position, firstEventAfter(position));
        }
        List<Backlog> handled = jdbc.sql("SELECT " + type + " AS payload_type, count(*) AS events, min(" + time
                        + ") AS oldest FROM " + events + " WHERE " + index + " > ? GROUP BY " + type)
                .param(position)
                .query((row, n) -> handledPayloadType.test(row.getString("payload_type"))
                        ? new Backlog(row.getLong("events"), Optional.of(DateTimeUtils.parseInstant(row.getString("oldest"))))
                        : null)
                .list();
        return new Backlog(handled.stream().filter(Objects::nonNull).mapToLong(Backlog::events).sum(),
                handled.stream().filter(Objects::nonNull).flatMap(b -> b.oldest().stream()).min(Instant::compareTo));
    }

    /** @param oldest when the oldest of them was stored */
    record Backlog(long events, Optional<Instant> oldest) {
    }

    /** The time of the oldest event a reader at {@code position} has not processed yet. */
    private Optional<Instant> firstEventAfter(long position) {
        return jdbc.sql("SELECT " + time + " FROM " + events + " WHERE " + index + " > ? ORDER BY " + index + " LIMIT 1")
                .param(position)
                .query(String.class)
                .optional()
                .map(DateTimeUtils::parseInstant);
    }
}
