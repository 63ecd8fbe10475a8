package com.mirante.gateway.sqs;

import com.mirante.gateway.ingest.BatchIngestion;
import com.mirante.gateway.ingest.ChangeIngestion;
import com.mirante.gateway.ingest.EventStoreReachability;
import com.mirante.gateway.ingest.IngestProperties;
import com.mirante.gateway.ingest.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Long-polls the change queue with several pollers. A message is deleted only after its events
 * are stored, or after it was copied to the dead-letter queue with its reason; a message that
 * failed for a passing reason stays and comes back after a growing visibility timeout, until
 * the queue's redrive policy moves it to the dead-letter queue. A {@link Supervisor} restarts a
 * poller that something escaped, a worker's failure included (the workers run a batch's message
 * groups as tasks of their pool: a failure ends the task, not the thread, and is handed to the
 * poller that waits for the batch).
 */
@Component
class ChangeQueueConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeQueueConsumer.class);
    // A poller that keeps dying (a bug, the heap) must not spin: 1 s, doubling up to 30 s, and
    // 1 s again once it ran a minute without failing.
    private static final Duration FIRST_RESTART_DELAY = Duration.ofSeconds(1);
    private static final Duration MAX_RESTART_DELAY = Duration.ofSeconds(30);
    private static final Duration HEALTHY_AFTER = Duration.ofMinutes(1);

    private final SqsClient sqs;
    private final SqsProperties properties;
    private final ChangeIngestion ingestion;
    private final BatchIngestion batches;
    private final boolean batchTransactions;
    private final DeadLetterQueue deadLetters;
    private final IngestionMetrics metrics;
    private final EventStoreReachability eventStore;
    private volatile boolean running;
    private volatile Supervisor pollers;
    private ExecutorService workers;

    ChangeQueueConsumer(SqsClient sqs, SqsProperties properties, ChangeIngestion ingestion, BatchIngestion batches,
                        IngestProperties ingestProperties, DeadLetterQueue deadLetters, IngestionMetrics metrics,
                        EventStoreReachability eventStore) {
        this.sqs = sqs;
        this.properties = properties;
        this.ingestion = ingestion;
        this.batches = batches;
        this.batchTransactions = ingestProperties.batchTransactions();
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.eventStore = eventStore;
    }

    @Override
    public synchronized void start() {
        running = true;
        workers = Executors.newFixedThreadPool(properties.workers(), daemon("change-worker"));
        pollers = new Supervisor(properties.pollers(), daemon("sqs-poller"), metrics,
                FIRST_RESTART_DELAY, MAX_RESTART_DELAY, HEALTHY_AFTER);
        pollers.start(this::poll);
        log.info("Consuming {} with {} pollers", properties.queueUrl(), properties.pollers());
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (pollers == null) {
            return;
        }
        // Let a batch in hand finish; an interrupted one is simply received again later.
        pollers.stop(Duration.ofSeconds(2));
        workers.shutdownNow();
    }

    /** Pollers running now (none while stopped, or while each waits to be restarted). */
    int livePollers() {
        Supervisor current = pollers;
        return current == null ? 0 : current.live();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public boolean isAutoStartup() {
        return properties.autoStart();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void poll() {
        while (running) {
            try {
                List<Message> messages = sqs.receiveMessage(request -> request
                        .queueUrl(properties.queueUrl())
                        .maxNumberOfMessages(properties.maxMessages())
                        .waitTimeSeconds((int) properties.waitTime().toSeconds())
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT,
                                MessageSystemAttributeName.SENT_TIMESTAMP, MessageSystemAttributeName.MESSAGE_GROUP_ID))
                        .messages();
                if (!messages.isEmpty()) {
                    processBatch(messages);
                }
            } catch (SdkException e) {
                if (running) {
                    log.warn("Receiving from {} failed: {}", properties.queueUrl(), e.getMessage());
                    pause();
                }
            }
        }
    }

    /**
     * Applies a batch in one transaction (see {@link BatchIngestion}) or, when that fails, message by
     * message, each command in a transaction of its own.
     */
    private void processBatch(List<Message> messages) {
        Outcome[] outcomes = new Outcome[messages.size()];
        Throwable failure = null;
        if (!applyTogether(messages, outcomes)) {
            failure = handleEach(messages, outcomes);
        }
        conclude(messages, outcomes);
        // What escaped a worker ends this poller too, for its Supervisor to count and restart it.
        if (failure instanceof Error error) {
            throw error;
        } else if (failure != null) {
            throw (RuntimeException) failure;
        }
        if (Arrays.stream(outcomes).anyMatch(EventStoreReachability::isOutage)) {
            // Receiving while the store is down would only spend the messages' receive counts
            // until SQS dead-letters them: wait for it instead.
            eventStore.awaitReachable(() -> running);
        }
    }

    /**
     * In the order received, which keeps each message group's order. A single message, or a batch
     * when {@code mirante.ingest.batch-transactions} is off, goes the one-by-one way at once.
     */
    private boolean applyTogether(List<Message> messages, Outcome[] outcomes) {
        if (messages.size() < 2 || !batchTransactions) {
            return false;
        }
        MDC.put("request_id", messages.get(0).messageId());
        try {
            Optional<List<Outcome>> together = batches.ingestTogether(messages.stream().map(Message::body).toList());
            metrics.batch(together.isPresent());
            together.ifPresent(applied -> applied.toArray(outcomes));
            return together.isPresent();
        } finally {
            MDC.remove("request_id");
        }
    }

    /**
     * Messages of different groups are applied in parallel (they touch different aggregates, or
     * the aggregates sort out the order); a group's messages in turn, in the order received. On a
     * FIFO queue the group is the MessageGroupId ({@code schema.table:key}), which keeps a row's
     * changes in commit order; on a standard queue every message is a group of its own. Fills in
     * the outcomes and answers what escaped a worker, if anything (only unchecked failures can):
     * the messages of its group from there on have no outcome.
     */
    private Throwable handleEach(List<Message> messages, Outcome[] outcomes) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            String group = messages.get(i).attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID);
            groups.computeIfAbsent(group == null ? messages.get(i).messageId() : group, key -> new ArrayList<>()).add(i);
        }
        CompletableFuture<?>[] running = groups.values().stream()
                .map(group -> CompletableFuture.runAsync(() -> handleInTurn(messages, group, outcomes), workers))
                .toArray(CompletableFuture[]::new);
        try {
            // Waits for every group, also when one failed, so that the others' outcomes are concluded.
            CompletableFuture.allOf(running).join();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        }
    }

    private void handleInTurn(List<Message> messages, List<Integer> group, Outcome[] outcomes) {
        Outcome outage = null;
        for (int index : group) {
            if (outage != null) {
                outcomes[index] = outage;
                continue;
            }
            MDC.put("request_id", messages.get(index).messageId());
            try {
                outcomes[index] = ingestion.ingest(messages.get(index).body());
                if (EventStoreReachability.isOutage(outcomes[index])) {
                    outage = outcomes[index];
                }
            } finally {
                MDC.remove("request_id");
            }
        }
    }

    /** A message without an outcome is left as it is: it comes back after its visibility timeout. */
    private void conclude(List<Message> messages, Outcome[] outcomes) {
        List<Message> done = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            Outcome outcome = outcomes[i];
            if (outcome == null) {
                continue;
            }
            if (outcome instanceof Outcome.Applied applied) {
                metrics.applied(applied.records(), sinceSent(message));
                done.add(message);
            } else if (outcome instanceof Outcome.Rejected rejected) {
                metrics.rejected(rejected.errorCode());
                if (deadLetters.send(message, rejected.errorCode(), rejected.errorMessage(), receiveCount(message))) {
                    metrics.deadLettered(rejected.errorCode());
                    done.add(message);
                }
            } else {
                metrics.failed(((Outcome.Failed) outcome).errorCode());
                retryLater(message);
            }
        }
        delete(done);
    }

    private void retryLater(Message message) {
        int receiveCount = receiveCount(message);
        Duration delay = properties.retryBase().multipliedBy(1L << Math.min(receiveCount - 1, 20));
        if (delay.compareTo(properties.retryCap()) > 0) {
            delay = properties.retryCap();
        }
        int seconds = (int) Math.max(0, delay.toSeconds());
        try {
            sqs.changeMessageVisibility(request -> request.queueUrl(properties.queueUrl())
                    .receiptHandle(message.receiptHandle()).visibilityTimeout(seconds));
        } catch (SdkException e) {
            log.warn("Could not delay message {}: {}", message.messageId(), e.getMessage());
        }
    }

    private void delete(List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            entries.add(DeleteMessageBatchRequestEntry.builder()
                    .id(Integer.toString(i)).receiptHandle(messages.get(i).receiptHandle()).build());
        }
        try {
            var response = sqs.deleteMessageBatch(request -> request.queueUrl(properties.queueUrl()).entries(entries));
            // A message not deleted comes back and is applied again, which changes nothing.
            response.failed().forEach(failure -> log.warn("Delete failed for entry {}: {}", failure.id(), failure.message()));
        } catch (SdkException e) {
            log.warn("Deleting {} messages failed; they will be received again: {}", messages.size(), e.getMessage());
        }
    }

    private static Duration sinceSent(Message message) {
        String sent = message.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP);
        return sent == null ? Duration.ofMillis(-1)
                : Duration.between(Instant.ofEpochMilli(Long.parseLong(sent)), Instant.now());
    }

    private static int receiveCount(Message message) {
        String count = message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
        return count == null ? 1 : Integer.parseInt(count);
    }

    private void pause() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
