package com.mirante.gateway.sqs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@code mirante_queue_messages{queue="changes"|"dead_letters", state="visible"|"in_flight"}}:
 * the queues' approximate depth, read every {@code mirante.sqs.depth-refresh} (15 s) rather
 * than on each scrape, so a slow SQS never slows the scraper. A failed read keeps the last value.
 */
@Component
class QueueDepthMetrics implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QueueDepthMetrics.class);

    private final SqsClient sqs;
    private final Map<String, String> queues;
    private final Duration refresh;
    private final Map<String, AtomicLong> visible;
    private final Map<String, AtomicLong> inFlight;
    private ScheduledExecutorService executor;

    QueueDepthMetrics(SqsClient sqs, SqsProperties properties, MeterRegistry registry,
                      @Value("${mirante.sqs.depth-refresh:15s}") Duration refresh) {
        this.sqs = sqs;
        this.queues = Map.of("changes", properties.queueUrl(), "dead_letters", properties.deadLetterQueueUrl());
        this.refresh = refresh;
        this.visible = Map.of("changes", new AtomicLong(), "dead_letters", new AtomicLong());
        this.inFlight = Map.of("changes", new AtomicLong(), "dead_letters", new AtomicLong());
        queues.keySet().forEach(queue -> {
            gauge(registry, queue, "visible", visible.get(queue));
            gauge(registry, queue, "in_flight", inFlight.get(queue));
        });
    }

    private static void gauge(MeterRegistry registry, String queue, String state, AtomicLong value) {
        Gauge.builder("mirante.queue.messages", value, AtomicLong::get)
                .description("Approximate number of messages on the queue")
                .tag("queue", queue)
                .tag("state", state)
                .register(registry);
    }

    void refresh() {
        queues.forEach((queue, url) -> {
            try {
                Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(url)
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
                visible.get(queue).set(Long.parseLong(attributes.getOrDefault(
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0")));
                inFlight.get(queue).set(Long.parseLong(attributes.getOrDefault(
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0")));
            } catch (SdkException e) {
                log.warn("Could not read the depth of queue {}: {}", url, e.getMessage());
            }
        });
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "queue-depth");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::refresh, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        executor.shutdownNow();
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
