package com.mirante.platform.eventstore;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The event store's tables, migrated by Flyway from {@code sql/event-store} with their own
 * history table, apart from any query model schema. Every application that reads or writes
 * events migrates it: Flyway locks the schema, so concurrent starts are safe.
 */
public final class EventStoreSchema {

    private final String schema;

    EventStoreSchema(DataSource dataSource, String schema) {
        this.schema = schema;
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/event-store")
                .load()
                .migrate();
    }

    /** A table name qualified with the event store's schema. */
    public String table(String name) {
        return schema + "." + name;
    }
}
