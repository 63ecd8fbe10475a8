package com.mirante.query.processors;

import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processors' tokens live with the query models they describe, in the query model schema
 * (created by Flyway from {@code sql/query}); Axon's JDBC token store is configured with it.
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfiguration {

    @Bean
    TokenSchema tokenSchema(@Value("${spring.flyway.schemas}") String schema) {
        return TokenSchema.builder()
                .setTokenTable(schema + ".token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }
}
