package com.mirante.benchmarks;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/** Sends to (and for a probe receives from) the change queue that {@code --mirante.sqs.*} arguments (as a gateway gets them) point at. */
final class QueueClient implements AutoCloseable {

    private final SqsClient sqs;
    private final String queueUrl;

    QueueClient(List<String> gatewayArgs) {
        Map<String, String> settings = new HashMap<>();
        for (String arg : gatewayArgs) {
            int equals = arg.indexOf('=');
            settings.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        this.queueUrl = settings.get("mirante.sqs.queue-url");
        this.sqs = SqsClient.builder()
                .endpointOverride(URI.create(settings.get("mirante.sqs.endpoint")))
                .region(Region.of(settings.get("mirante.sqs.region")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        settings.get("mirante.sqs.access-key"), settings.get("mirante.sqs.secret-key"))))
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(16))
                .build();
    }

    void sendBatch(List<String> bodies) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(bodies.get(i)).build());
        }
        var response = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
        if (!response.failed().isEmpty()) {
            throw new IllegalStateException(response.failed().size() + " messages refused: " + response.failed().get(0));
        }
    }

    void send(String body) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body));
    }

    /** Long-polls for one message; its receipt handle, or null when none came within {@code waitSeconds}. */
    String receive(int waitSeconds) {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(1)
                .waitTimeSeconds(waitSeconds)).messages();
        return messages.isEmpty() ? null : messages.get(0).receiptHandle();
    }

    void delete(String receiptHandle) {
        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(receiptHandle));
    }

    @Override
    public void close() {
        sqs.close();
    }
}
