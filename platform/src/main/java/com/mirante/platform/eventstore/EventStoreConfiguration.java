package com.mirante.platform.eventstore;

import com.mirante.platform.database.DatabaseConfiguration;
import com.mirante.platform.database.SchemaMigrations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Axon's JDBC event store on PostgreSQL (see {@link EventStoreSchema}) with snake_case columns. */
@AutoConfiguration(after = DatabaseConfiguration.class)
@AutoConfigureBefore(name = {
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreConfiguration {

    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    EventStoreSchema eventStoreSchema(SchemaMigrations migrations, EventStoreProperties properties,
                                      ObjectProvider<EventStoreMigrations> steps) {
        return new EventStoreSchema(migrations, properties.schema(), steps.orderedStream().toList());
    }

    /**
     * Boot's Flyway (the query side's query model) may refer to the event store, as the view of its
     * head position Grafana reads does: the schema's name is a placeholder there, and it is migrated first.
     */
    @Bean
    FlywayConfigurationCustomizer eventStoreSchemaPlaceholder(EventStoreProperties properties) {
        return SchemaMigrations.addingPlaceholders(Map.of("eventStoreSchema", properties.schema()));
    }

    @Bean
    static BeanFactoryPostProcessor eventStoreMigratedFirst() {
        return new EventStoreMigratedFirst();
    }

    private static final class EventStoreMigratedFirst extends AbstractDependsOnBeanFactoryPostProcessor {
        EventStoreMigratedFirst() {
            super(FlywayMigrationInitializer.class, EventStoreSchema.class);
        }
    }

    @Bean
    EventSchema eventSchema(EventStoreSchema schema) {
        return EventSchema.builder()
                .eventTable(schema.table("domain_event_entry"))
                .snapshotTable(schema.table("snapshot_event_entry"))
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Declared here because Axon's auto-configuration steps back for the engine as soon as an
     * event store bean exists (see {@link #eventStore}).
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          EventStoreProperties properties) {
        return new SnapshotFreeEventStorageEngine(JdbcEventStorageEngine.builder()
                .batchSize(properties.batchSize())
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                // Axon's JDBC default only knows SQLIntegrityConstraintViolationException, which the
                // PostgreSQL driver never throws: match unique_violation so concurrent appends to one
                // aggregate surface as a ConcurrencyException.
                .persistenceExceptionResolver(new SQLStateResolver(UNIQUE_VIOLATION))
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema));
    }

    /**
     * Axon's default store polls only once a second for events appended by other processes; this one
     * polls every fetch delay, and is woken by every node's appends unless wake-ups are turned off.
     * Axon stops it with the application; Spring too, should Axon's lifecycle not have run.
     */
    @Bean(name = "eventBus", destroyMethod = "shutDown")
    @Qualifier("eventStore")
    EventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                          EventStoreProperties properties, DataSource dataSource, ObjectProvider<MeterRegistry> meters) {
        EmbeddedEventStore.Builder builder = EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .fetchDelay(properties.fetchDelay().toMillis())
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class));
        if (!properties.wakeUps()) {
            return builder.build();
        }
        String channel = properties.appendedChannel();
        return new WakingEventStore(builder, new AppendNotifier(dataSource, channel),
                new AppendListener(dataSource, channel, meters.getIfAvailable(() -> Metrics.globalRegistry)));
    }
}
