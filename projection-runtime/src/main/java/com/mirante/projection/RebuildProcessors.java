package com.mirante.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the processor of a rebuild: the live processor's own handlers, its batch size and
 * segments, the same event store and token store, under the name {@code <model>:rebuild}, with
 * transactions aimed at the rebuild's tables and a dead-letter queue of its own (handed to the
 * live processor at the switch with the tables).
 */
class RebuildProcessors {

    static final String SUFFIX = ":rebuild";

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Serializer serializer;
    private final Serializer eventSerializer;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final ConnectionProvider connections;
    private final DeadLetterSchema deadLetterSchema;
    private final EventProcessorProperties properties;
    private final JdbcTemplate jdbc;

    RebuildProcessors(EventProcessingConfiguration processing, EventStore eventStore, Serializer serializer,
                      @Qualifier("eventSerializer") Serializer eventSerializer, TokenStore tokenStore,
                      TransactionManager transactions, ConnectionProvider connections,
                      DeadLetterSchema deadLetterSchema, EventProcessorProperties properties, JdbcTemplate jdbc) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.eventSerializer = eventSerializer;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.connections = connections;
        this.deadLetterSchema = deadLetterSchema;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    static String nameOf(String model) {
        return model + SUFFIX;
    }

    /** A processor not started yet, for the given request; its executors stop with it. */
    RunningRebuild create(String model, Instant request, String rebuildSchema, String liveSchema) {
        AbstractEventProcessor live = processing.eventProcessor(model, AbstractEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No event processor " + model));
        String name = nameOf(model);
        TransactionManager rebuildTransactions = new RebuildTransactions(transactions, jdbc, rebuildSchema, liveSchema);
        EventProcessorProperties.ProcessorSettings settings = properties.getProcessors()
                .getOrDefault(model, new EventProcessorProperties.ProcessorSettings());
        int segments = settings.getInitialSegmentCount() == null ? 1 : settings.getInitialSegmentCount();
        int threads = Math.max(1, settings.getThreadCount());
        ScheduledExecutorService coordinator = new CoordinatorExecutor(threads(name + "-coordinator"));
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(threads, threads(name + "-worker"));
        @SuppressWarnings("unchecked")
        StreamableMessageSource<org.axonframework.eventhandling.TrackedEventMessage<?>> events =
                (StreamableMessageSource<org.axonframework.eventhandling.TrackedEventMessage<?>>)
                        (StreamableMessageSource<?>) eventStore;
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(invoker(name, live.eventHandlerInvoker(), rebuildTransactions))
                .messageSource(events)
                .tokenStore(tokenStore)
                .transactionManager(rebuildTransactions)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(segments)
                .batchSize(Math.max(1, settings.getBatchSize()))
                .initialToken(StreamableMessageSource::createTailToken)
                .build();
        processor.registerHandlerInterceptor(RebuildContext.marking(model));
        return new RunningRebuild(request, processor, List.of(coordinator, workers));
    }

    private EventHandlerInvoker invoker(String name, EventHandlerInvoker live, TransactionManager rebuildTransactions) {
        List<EventMessageHandler> handlers = new ArrayList<>();
        collectHandlers(live, handlers);
        JdbcSequencedDeadLetterQueue<EventMessage<?>> queue = JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(name)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(deadLetterSchema)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
        return DeadLetteringEventHandlerInvoker.builder()
                .eventHandlers(new ArrayList<Object>(handlers))
                .sequencingPolicy(sequencingPolicy(live))
                .queue(queue)
                .transactionManager(rebuildTransactions)
                .enableSequenceIdentifierCache()
                .build();
    }

    private static void collectHandlers(EventHandlerInvoker invoker, List<EventMessageHandler> into) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(delegate -> collectHandlers(delegate, into));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            into.addAll(simple.eventHandlers());
        }
    }

    /** Events of one sequence must be applied in the order the live processor applies them. */
    private static SequencingPolicy<? super EventMessage<?>> sequencingPolicy(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker multi && !multi.delegates().isEmpty()) {
            return sequencingPolicy(multi.delegates().get(0));
        }
        return invoker instanceof SimpleEventHandlerInvoker simple
                ? simple.getSequencingPolicy() : SequentialPerAggregatePolicy.instance();
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A rebuild processor, the request it answers and the executors it runs on. */
    record RunningRebuild(Instant request, PooledStreamingEventProcessor processor,
                          List<ScheduledExecutorService> executors) {

        void stop() {
            processor.shutdownAsync().whenComplete((done, failure) -> executors.forEach(ScheduledExecutorService::shutdown));
        }
    }
}
