package com.mirante.projection;

import java.lang.management.ManagementFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processors' tokens and dead letters live with the query models they describe, in the query
 * model schema (created by Flyway from {@code sql/query}); Axon's JDBC token store and dead-letter
 * queues are configured with it. Each node claims segments under its own name
 * ({@code mirante.query.node-id}, by default the JVM's pid@host), which the processors API shows
 * as the segments' owners.
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfiguration {

    @Bean
    ProcessorNode processorNode(@Value("${mirante.query.node-id:}") String nodeId, TokenStoreProperties tokens) {
        String id = nodeId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeId;
        return new ProcessorNode(id, tokens.getClaimTimeout());
    }

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

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema schema,
                          ProcessorNode node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(schema)
                .serializer(serializer)
                .claimTimeout(node.claimTimeout())
                .nodeId(node.id())
                .build();
    }

    /** Axon enables a queue for every processor whose {@code dlq.enabled} is set (query.yml). */
    @Bean
    DeadLetterSchema deadLetterSchema(@Value("${spring.flyway.schemas}") String schema) {
        return DeadLetterSchema.builder()
                .deadLetterTable(schema + ".dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
