package com.mirante.platform.database;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Who runs the migrations: Spring Boot's own {@code spring.flyway.url}, {@code .user} and
 * {@code .password}, read here too because the gateway has no query model and so no Flyway of
 * Boot's. One set of credentials thus migrates every schema of an application: Boot's Flyway
 * (the query model) already honours them, and the platform's migrations (the event store) take
 * them from here. Like Boot, a user or URL of their own gives migrations connections of their own,
 * opened for the migration and closed after it, never pooled; without them the migrations run on
 * the application's own data source, as a single-role installation needs.
 */
@ConfigurationProperties("spring.flyway")
public record MigrationConnection(String url, String user, String password) {

    DataSource dataSource(DataSource application) {
        if (url == null && user == null) {
            return application;
        }
        DataSourceBuilder<?> builder = DataSourceBuilder.derivedFrom(application).type(SimpleDriverDataSource.class);
        if (url != null) {
            builder.url(url);
        }
        if (user != null) {
            builder.username(user).password(password);
        }
        return builder.build();
    }
}
