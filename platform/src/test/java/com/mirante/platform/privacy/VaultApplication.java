package com.mirante.platform.privacy;

import com.mirante.platform.database.DatabaseConfiguration;
import com.mirante.platform.database.SchemaMigrations;
import com.mirante.platform.eventstore.EventStoreMigrations;
import com.mirante.platform.eventstore.EventStoreSchema;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The vault as an application starts it, without the rest of Axon: the event store's migrations
 * (with the key wrapping steps and the rewrap at start) as {@link EventStoreSchema} runs them, then
 * the vault, on a database of the test's.
 */
final class VaultApplication {

    private VaultApplication() {
    }

    static ApplicationContextRunner on(String databaseUrl) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        JdbcTemplateAutoConfiguration.class, DatabaseConfiguration.class,
                        PersonalDataVaultConfiguration.class))
                .withUserConfiguration(EventStoreMigrated.class)
                .withPropertyValues("spring.datasource.url=" + databaseUrl);
    }

    @Configuration(proxyBeanMethods = false)
    static class EventStoreMigrated {

        @Bean
        EventStoreSchema eventStoreSchema(SchemaMigrations migrations, ObjectProvider<EventStoreMigrations> steps) {
            return new EventStoreSchema(migrations, "event_store", steps.orderedStream().toList());
        }
    }
}
