package com.mirante.query.web;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The query side's transaction manager: Spring Boot's own JDBC one, except that a read-only
 * transaction starts under {@link ApiReadLimits}. Read-only transactions are the API's reads
 * ({@code @Transactional(readOnly = true)} on its controllers); projections, replays and rebuilds
 * write, through Axon, in read-write transactions, and never get the limits. The limits are set as
 * the transaction's connection is prepared, so a failure to set them fails the begin, which Spring
 * then cleans up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiTransactionConfiguration {

    @Bean
    ApiReadLimits apiReadLimits(ApiProperties properties, DataSource dataSource) {
        return new ApiReadLimits(properties, dataSource);
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource,
                                              ObjectProvider<TransactionManagerCustomizers> customizers,
                                              ApiReadLimits limits) {
        JdbcTransactionManager manager = new JdbcTransactionManager(dataSource) {
            @Override
            protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
                    throws SQLException {
                super.prepareTransactionalConnection(connection, definition);
                if (definition.isReadOnly()) {
                    limits.applyTo(connection);
                }
            }
        };
        customizers.ifAvailable(customizer -> customizer.customize(manager));
        return manager;
    }
}
