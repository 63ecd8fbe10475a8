package com.mirante.query.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.TransactionDefinition;

/**
 * The query side's transaction manager: Spring Boot's own JPA one, except that a read-only
 * transaction starts under {@link ApiReadLimits}. Read-only transactions are the API's reads
 * ({@code @Transactional(readOnly = true)} on its controllers); projections, replays and rebuilds
 * write, through Axon, in read-write transactions, and never get the limits. The limits are set in
 * the JPA dialect's begin, so JPA and JDBC reads of the transaction share them, and a failure to
 * set them fails the begin, which Spring then cleans up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiTransactionConfiguration {

    @Bean
    ApiReadLimits apiReadLimits(ApiProperties properties, DataSource dataSource) {
        return new ApiReadLimits(properties, dataSource);
    }

    @Bean
    JpaTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers,
                                             ApiReadLimits limits) {
        JpaTransactionManager manager = new JpaTransactionManager() {
            // The entity manager factory's dialect is taken here; it becomes the limiting one.
            @Override
            public void afterPropertiesSet() {
                super.afterPropertiesSet();
                setJpaDialect(new LimitingDialect(limits));
            }
        };
        customizers.ifAvailable(customizer -> customizer.customize(manager));
        return manager;
    }

    private static final class LimitingDialect extends HibernateJpaDialect {

        private final transient ApiReadLimits limits;

        LimitingDialect(ApiReadLimits limits) {
            this.limits = limits;
        }

        @Override
        public Object beginTransaction(EntityManager entityManager, TransactionDefinition definition)
                throws PersistenceException, SQLException {
            Object transaction = super.beginTransaction(entityManager, definition);
            if (definition.isReadOnly()) {
                entityManager.unwrap(Session.class).doWork(limits::applyTo);
            }
            return transaction;
        }
    }
}
