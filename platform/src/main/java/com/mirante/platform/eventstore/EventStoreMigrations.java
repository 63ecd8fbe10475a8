package com.mirante.platform.eventstore;

import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Steps of the event store's migration written in Java because SQL cannot do them (the personal
 * data keys are wrapped under the master key), contributed as beans by the packages that own
 * them and run by {@link EventStoreSchema} with its Flyway. A holder rather than the Flyway types
 * themselves: Spring Boot hands every {@link JavaMigration} and {@link Callback} bean to its own
 * Flyway, the query side's.
 */
public record EventStoreMigrations(List<JavaMigration> javaMigrations, List<Callback> callbacks) {
}
