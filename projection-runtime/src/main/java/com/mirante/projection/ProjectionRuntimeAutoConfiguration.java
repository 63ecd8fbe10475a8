package com.mirante.projection;

import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The projection runtime, for any Spring Boot application with Axon and a JDBC database that adds
 * this module. Before Axon's JDBC and JPA auto-configuration, which step back for its token store
 * and dead-letter schema. Scheduling drives the operations poll and the throughput samples.
 * <p>
 * The runtime keeps its tables (tokens, dead letters, operations, model versions) in the application's
 * Flyway schema, so it runs only where {@code spring.flyway.schemas} names one: an application that only
 * appends events (the ingestion gateway, started in the same JVM as the query side by the local run) has
 * no projections to run and gets none of it.
 */
@AutoConfiguration(before = {JdbcAutoConfiguration.class, JpaAutoConfiguration.class})
@ConditionalOnProperty("spring.flyway.schemas")
@EnableScheduling
@Import({TokenStoreConfiguration.class, ProcessorConfiguration.class, ModelVersions.class, RebuildTables.class,
        RebuildProcessors.class, Rebuilds.class, ProcessorTokens.class, ProcessorOperations.class,
        EventStoreHead.class, Throughput.class, ProcessorStatus.class, DeadLetters.class, Processors.class})
public class ProjectionRuntimeAutoConfiguration {
}
