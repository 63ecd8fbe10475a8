package com.mirante.query.web;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A pool of connections for the API's JDBC reads, apart from the one projections, replays and
 * rebuilds write through: its sessions start under {@link ApiReadLimits} (statement timeout,
 * temp-file limit), so those reads need no transaction to carry the limits. Same database, role
 * and settings ({@code spring.datasource.*}, {@code spring.datasource.hikari.*}) as the main pool,
 * which it never replaces: its beans are no default candidates, injected only where asked for
 * with {@link ApiConnections}.
 */
@Configuration(proxyBeanMethods = false)
class ApiConnectionsConfiguration {

    @Bean(defaultCandidate = false)
    @ApiConnections
    DataSource apiDataSource(DataSourceProperties properties, Environment environment, ApiReadLimits limits) {
        HikariConfig config = new HikariConfig();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
        config.setJdbcUrl(properties.determineUrl());
        config.setUsername(properties.determineUsername());
        config.setPassword(properties.determinePassword());
        config.setPoolName("api-reads");
        config.setConnectionInitSql(limits.sessionSettings());
        return new HikariDataSource(config);
    }

    @Bean(defaultCandidate = false)
    @ApiConnections
    JdbcClient apiJdbcClient(@ApiConnections DataSource apiDataSource) {
        return JdbcClient.create(apiDataSource);
    }
}
