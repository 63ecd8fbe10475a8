package com.mirante.platform.privacy;

import com.mirante.api.guest.PersonalDataVault;
import com.mirante.platform.eventstore.EventStoreConfiguration;
import com.mirante.platform.eventstore.EventStoreMigrations;
import com.mirante.platform.eventstore.EventStoreProperties;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;

/**
 * The {@link PersonalDataVault} for every application with a database: the gateway seals and
 * shreds, the query side opens. Its key table lives beside the events and is migrated with them
 * ({@code sql/event-store}); the data keys in it are wrapped under the master key
 * ({@link PrivacyProperties}), without which no application starts.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, EventStoreConfiguration.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties({EventStoreProperties.class, PrivacyProperties.class})
public class PersonalDataVaultConfiguration {

    private static final String KEY_TABLE = "personal_data_key";

    @Bean
    MasterKeys masterKeys(PrivacyProperties properties) {
        return MasterKeys.from(properties, () -> kmsClient(properties.kms()));
    }

    @Bean
    @ConditionalOnMissingBean(PersonalDataVault.class)
    PersonalDataVault personalDataVault(DataSource dataSource, EventStoreProperties eventStore, MasterKeys masterKeys,
                                        PrivacyProperties properties) {
        return new JdbcPersonalDataVault(new JdbcTemplate(dataSource), keyTable(eventStore), masterKeys,
                new DataKeyCache(properties.keyCache()));
    }

    /** Wrapping the keys kept in clear before (once), and rewrapping after a rotation (every start). */
    @Bean
    EventStoreMigrations personalDataKeyMigrations(MasterKeys masterKeys, EventStoreProperties eventStore,
                                                   PrivacyProperties properties) {
        DataKeyRewrap rewrap = new DataKeyRewrap(masterKeys, keyTable(eventStore), properties.rewrapBatchSize());
        return new EventStoreMigrations(List.of(new WrapClearDataKeys(rewrap)),
                List.of(new RewrapDataKeys(rewrap, keyTable(eventStore))));
    }

    private static String keyTable(EventStoreProperties eventStore) {
        return eventStore.schema() + "." + KEY_TABLE;
    }

    /** Built like the gateway's SQS client: the region and endpoint configured, else the SDK's; its default credentials. */
    private static KmsClient kmsClient(PrivacyProperties.Kms kms) {
        KmsClientBuilder builder = KmsClient.builder()
                .httpClientBuilder(ApacheHttpClient.builder())
                .credentialsProvider(DefaultCredentialsProvider.builder().build());
        if (kms.region() != null && !kms.region().isBlank()) {
            builder.region(Region.of(kms.region()));
        }
        if (kms.endpoint() != null) {
            builder.endpointOverride(kms.endpoint());
        }
        return builder.build();
    }
}
