package com.mirante.platform.eventstore;

import com.mirante.platform.database.SchemaMigrations;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The event store's tables, migrated by Flyway from {@code sql/event-store} with their own
 * history table, apart from any query model schema, as the migration user (the owner), who grants
 * the runtime roles their rights after every migration ({@code afterMigrate__grants.sql}). Every
 * application that reads or writes events migrates it: Flyway locks the schema, so concurrent
 * starts are safe.
 */
public final class EventStoreSchema {

    private final String schema;

    public EventStoreSchema(SchemaMigrations migrations, String schema, List<EventStoreMigrations> steps) {
        this.schema = schema;
        migrations.configure(schema, "classpath:db/event-store")
                .javaMigrations(steps.stream().flatMap(step -> step.javaMigrations().stream())
                        .toArray(JavaMigration[]::new))
                .callbacks(steps.stream().flatMap(step -> step.callbacks().stream()).toArray(Callback[]::new))
                .load()
                .migrate();
    }

    /** A table name qualified with the event store's schema. */
    public String table(String name) {
        return schema + "." + name;
    }
}
