package com.mirante.simulator.relay;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ExecutionException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Sends records to an SQS queue as the relay does, one record per message, in batches of ten
 * sent by a few threads at once so that a fast run is not held to one round trip per batch.
 */
public final class QueueSink implements RecordSink {

    private static final int BATCH = 10;
    private static final int SENDERS = 4;

    /** @param endpoint an SQS-compatible endpoint, or null for AWS; keys null for the SDK's default chain */
    public record Queue(String queueUrl, URI endpoint, String region, String accessKey, String secretKey) {
    }

    private final SqsClient sqs;
    private final String queueUrl;
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, runnable -> {
        Thread thread = new Thread(runnable, "simulator-sqs-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore inFlight = new Semaphore(SENDERS * 2);
    private final List<Future<?>> pending = new ArrayList<>();
    private List<String> batch = new ArrayList<>(BATCH);

    public QueueSink(Queue queue) {
        SqsClientBuilder builder = SqsClient.builder()
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(SENDERS + 2));
        if (queue.endpoint() != null) {
            builder.endpointOverride(queue.endpoint());
        }
        if (queue.region() != null && !queue.region().isBlank()) {
            builder.region(Region.of(queue.region()));
        }
        builder.credentialsProvider(queue.accessKey() == null || queue.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(queue.accessKey(), queue.secretKey())));
        this.sqs = builder.build();
        this.queueUrl = queue.queueUrl();
    }

    @Override
    public void send(String record) {
        batch.add(record);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<String> records = batch;
        batch = new ArrayList<>(BATCH);
        inFlight.acquireUninterruptibly();
        pending.removeIf(Future::isDone);
        pending.add(senders.submit(() -> {
            try {
                sendBatch(records);
            } finally {
                inFlight.release();
            }
        }));
    }

    private void sendBatch(List<String> records) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(records.get(i)).build());
        }
        SendMessageBatchResponse response = sqs.sendMessageBatch(request -> request.queueUrl(queueUrl).entries(entries));
        if (!response.failed().isEmpty()) {
            // A throttled or refused entry is sent once more on its own; a second refusal fails the run.
            response.failed().forEach(failure -> sqs.sendMessage(request -> request.queueUrl(queueUrl)
                    .messageBody(records.get(Integer.parseInt(failure.id())))));
        }
    }

    @Override
    public void close() {
        try {
            flush();
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Sending to " + queueUrl + " failed", e.getCause());
        } finally {
            senders.shutdownNow();
            sqs.close();
        }
    }
}
