package com.mirante.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.embedded.EmbeddedQueues;
import com.mirante.simulator.chain.SimulationSettings;
import com.mirante.simulator.relay.QueueSink;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;

/** The simulator's outputs on a real (embedded ElasticMQ) queue and a real file. */
class QueueOutputTest {

    private static final SimulationSettings ONE_HOTEL_ONE_DAY = new SimulationSettings(1, 1, LocalDate.of(2025, 8, 4), 5);

    @TempDir
    Path directory;

    private static QueueSink.Queue queue(String name) {
        Map<String, String> args = EmbeddedQueues.create(name).stream()
                .map(arg -> arg.substring(2).split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        return new QueueSink.Queue(args.get("mirante.sqs.queue-url"), URI.create(args.get("mirante.sqs.endpoint")),
                args.get("mirante.sqs.region"), args.get("mirante.sqs.access-key"), args.get("mirante.sqs.secret-key"));
    }

    private static SimulatorOptions options(QueueSink.Queue queue, Path file, Path replay) {
        return new SimulatorOptions(ONE_HOTEL_ONE_DAY, 0, 0, 0, file, replay, queue);
    }

    @Test
    void aRunWrittenToAFileAndOneSentToAQueueCarryTheSameRecordsAndTheFileReplaysIntoAQueue() throws IOException {
        Path file = directory.resolve("run.jsonl");
        List<String> reports = new ArrayList<>();
        SimulatorApplication.run(options(null, file, null), reports::add, Duration.ofHours(1));
        List<String> written = Files.readAllLines(file);
        assertThat(written.size()).isGreaterThan(500);
        assertThat(reports).last().asString().startsWith("%,d records to".formatted(written.size()));

        QueueSink.Queue generated = queue("simulator-generated");
        SimulatorApplication.run(options(generated, null, null), reports::add, Duration.ofHours(1));
        assertThat(drain(generated)).isEqualTo(new HashSet<>(written));

        QueueSink.Queue replayed = queue("simulator-replayed");
        SimulatorApplication.run(options(replayed, null, file), reports::add, Duration.ofHours(1));
        assertThat(drain(replayed)).isEqualTo(new HashSet<>(written));
    }

    private static Set<String> drain(QueueSink.Queue queue) {
        Set<String> bodies = new HashSet<>();
        try (SqsClient sqs = SqsClient.builder().endpointOverride(queue.endpoint()).region(Region.of(queue.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(queue.accessKey(), queue.secretKey()))).build()) {
            while (true) {
                List<Message> messages = sqs.receiveMessage(request -> request.queueUrl(queue.queueUrl())
                        .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
                if (messages.isEmpty()) {
                    return bodies;
                }
                messages.forEach(message -> bodies.add(message.body()));
                sqs.deleteMessageBatch(request -> request.queueUrl(queue.queueUrl()).entries(messages.stream()
                        .map(m -> DeleteMessageBatchRequestEntry.builder()
                                .id(m.messageId()).receiptHandle(m.receiptHandle()).build()).toList()));
            }
        }
    }
}
