package com.mirante.platform.database;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;

/**
 * Flyway for a schema the platform migrates itself (the event store; the same way for any schema
 * of its own): the migration connection, the schema with its own history table, and the runtime
 * roles as placeholders, so the schema's {@code afterMigrate__grants.sql} callback can grant each
 * role its rights after every migration.
 */
public final class SchemaMigrations {

    private final DataSource dataSource;
    private final DatabaseRoles roles;

    SchemaMigrations(DataSource dataSource, DatabaseRoles roles) {
        this.dataSource = dataSource;
        this.roles = roles;
    }

    /** Flyway for {@code schema} from {@code location}, to be completed (Java migrations) and run. */
    public FluentConfiguration configure(String schema, String location) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations(location)
                .placeholders(roles.placeholders());
    }

    /** Adds placeholders to Spring Boot's Flyway, keeping those configured ({@code spring.flyway.placeholders.*}). */
    public static FlywayConfigurationCustomizer addingPlaceholders(Map<String, String> added) {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.putAll(added);
            configuration.placeholders(placeholders);
        };
    }
}
