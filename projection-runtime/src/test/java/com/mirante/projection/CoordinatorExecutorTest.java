package com.mirante.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pins what {@link CoordinatorExecutor} relies on: Axon's coordinator still asks for its 100 ms
 * wait when a work package's buffer is full, so the shorter retry applies, and events still flow.
 */
class CoordinatorExecutorTest {

    private final CoordinatorExecutor coordinator = new CoordinatorExecutor(new AxonThreadFactory("coordinator"));
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(1);
    private final EmbeddedEventStore events =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final CountDownLatch bufferFilled = new CountDownLatch(1);
    private PooledStreamingEventProcessor processor;

    @AfterEach
    void stop() throws Exception {
        bufferFilled.countDown();
        if (processor != null) {
            processor.shutdownAsync().get(10, TimeUnit.SECONDS);
        }
        coordinator.shutdownNow();
        workers.shutdownNow();
        events.shutDown();
        assertThat(coordinator.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFullBufferIsRetriedSoonAndEveryEventIsHandled() {
        int count = 3_000;
        events.publish(IntStream.range(0, count).mapToObj(GenericEventMessage::asEventMessage).toList());
        AtomicInteger handled = new AtomicInteger();
        processor = PooledStreamingEventProcessor.builder()
                .name("pinned")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Object() {
                    @EventHandler
                    void on(Integer event) throws InterruptedException {
                        // The first event holds the only work package until its buffer has filled.
                        assertThat(bufferFilled.await(1, TimeUnit.MINUTES)).isTrue();
                        handled.incrementAndGet();
                    }
                }).build())
                .messageSource(events)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(1)
                .initialToken(StreamableMessageSource::createTailToken)
                .build();

        processor.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> coordinator.shortenedWaits() > 0);
        bufferFilled.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.get() == count);
    }
}
