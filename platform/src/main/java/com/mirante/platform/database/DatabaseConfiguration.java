package com.mirante.platform.database;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Migrations run as the database's owner, the applications as roles with only the rights they
 * need (see {@link DatabaseRoles}, {@link MigrationConnection}).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties({DatabaseRoles.class, MigrationConnection.class})
public class DatabaseConfiguration {

    @Bean
    SchemaMigrations schemaMigrations(DataSource dataSource, MigrationConnection connection, DatabaseRoles roles) {
        return new SchemaMigrations(connection.dataSource(dataSource), roles);
    }

    /** Boot's own Flyway (the query side's query model) grants with the same placeholders. */
    @Bean
    FlywayConfigurationCustomizer rolePlaceholders(DatabaseRoles roles) {
        return SchemaMigrations.addingPlaceholders(roles.placeholders());
    }
}
