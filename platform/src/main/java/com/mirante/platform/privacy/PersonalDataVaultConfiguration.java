package com.mirante.platform.privacy;

import com.mirante.api.guest.PersonalDataVault;
import com.mirante.platform.eventstore.EventStoreConfiguration;
import com.mirante.platform.eventstore.EventStoreProperties;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@link PersonalDataVault} for every application with a database: the gateway seals and
 * shreds, the query side opens. Its key table lives beside the events and is migrated with
 * them ({@code sql/event-store}).
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, EventStoreConfiguration.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(EventStoreProperties.class)
public class PersonalDataVaultConfiguration {

    @Bean
    @ConditionalOnMissingBean(PersonalDataVault.class)
    PersonalDataVault personalDataVault(DataSource dataSource, EventStoreProperties properties) {
        return new JdbcPersonalDataVault(new JdbcTemplate(dataSource), properties.schema() + ".personal_data_key");
    }
}
