package com.mirante.query.processors;

import com.mirante.platform.eventstore.EventStoreSchema;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where the event store ends, and how old the first event after a given position is. */
@Component
class EventStoreHead {

    private final JdbcClient jdbc;
    private final String events;

    EventStoreHead(JdbcClient jdbc, EventStoreSchema schema) {
        this.jdbc = jdbc;
        this.events = schema.table("domain_event_entry");
    }

    long position() {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM " + events).query(Long.class).single();
    }

    /** The time of the oldest event a reader at {@code position} has not processed yet. */
    Optional<Instant> firstEventAfter(long position) {
        return jdbc.sql("SELECT time_stamp FROM " + events + " WHERE global_index > ? ORDER BY global_index LIMIT 1")
                .param(position)
                .query(String.class)
                .optional()
                .map(DateTimeUtils::parseInstant);
    }
}
