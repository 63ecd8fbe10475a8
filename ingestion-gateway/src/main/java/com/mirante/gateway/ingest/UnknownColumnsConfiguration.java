package com.mirante.gateway.ingest;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A column the mappers do not know yet is kept, not dropped: it rides on the command as
 * metadata and Axon copies it to every event the command causes, so the event store keeps what
 * the legacy row held until a mapper gives it a meaning.
 */
@Configuration(proxyBeanMethods = false)
class UnknownColumnsConfiguration {

    static final String METADATA_KEY = "legacyUnknownColumns";

    @Bean
    CorrelationDataProvider unknownColumnsToEvents() {
        return new SimpleCorrelationDataProvider(METADATA_KEY);
    }

    /** Declaring a provider replaces Axon's default one, which correlates events with their command. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
