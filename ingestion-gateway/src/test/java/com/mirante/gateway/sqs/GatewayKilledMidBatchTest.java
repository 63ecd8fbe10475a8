package com.mirante.gateway.sqs;

import static com.mirante.gateway.dms.DmsFixtures.reservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.embedded.EmbeddedQueues;
import com.mirante.gateway.GatewayApplication;
import java.io.File;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * The gateway process is killed (SIGKILL, no shutdown hook) while it applies a backlog, then
 * started again: every change ends applied exactly once. Messages in hand at the kill come back
 * after their visibility timeout; those already applied change nothing the second time.
 */
class GatewayKilledMidBatchTest {

    private static final int CHANGES = 1000;

    @Test
    void aKilledGatewayLosesNothingAndAppliesNothingTwice() throws Exception {
        String database = EmbeddedDatabases.create("killed");
        Map<String, String> settings = settings(database, EmbeddedQueues.create("killed-changes"));
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database));
        try (SqsClient sqs = TestQueues.client(settings::get)) {
            String queue = settings.get("mirante.sqs.queue-url");
            // A short visibility timeout, so that messages in hand at the kill come back soon.
            sqs.setQueueAttributes(r -> r.queueUrl(queue).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "5")));
            for (int from = 0; from < CHANGES; from += 10) {
                List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
                for (int i = from; i < from + 10; i++) {
                    entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
                            .messageBody(reservation(8_900_000 + i, "C", 1, "insert")).build());
                }
                sqs.sendMessageBatch(r -> r.queueUrl(queue).entries(entries));
            }

            Process first = start(settings);
            try {
                await().atMost(Duration.ofSeconds(90)).until(() -> storedEvents(jdbc) >= 50);
            } finally {
                first.destroyForcibly().waitFor();
            }
            int storedAtKill = storedEvents(jdbc);
            assertThat(storedAtKill).isLessThan(CHANGES);

            Process second = start(settings);
            try {
                await().atMost(Duration.ofSeconds(90)).until(() -> storedEvents(jdbc) == CHANGES
                        && TestQueues.pending(sqs, queue) == 0);
            } finally {
                second.destroy();
                second.waitFor();
            }
            assertThat(jdbc.queryForObject("select count(distinct aggregate_identifier) from"
                    + " event_store.domain_event_entry", Integer.class)).isEqualTo(CHANGES);
            assertThat(TestQueues.pending(sqs, settings.get("mirante.sqs.dead-letter-queue-url"))).isZero();
        }
    }

    private static Map<String, String> settings(String database, List<String> queueArguments) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String argument : queueArguments) {
            String[] pair = argument.substring(2).split("=", 2);
            settings.put(pair[0], pair[1]);
        }
        settings.put("spring.datasource.url", database);
        settings.put("server.port", "0");
        settings.put("mirante.sqs.wait-time", "1s");
        // Like a deployment, it refuses to start without the master key of the guests' data keys.
        byte[] masterKey = new byte[32];
        new SecureRandom().nextBytes(masterKey);
        settings.put("mirante.privacy.master-key", Base64.getEncoder().encodeToString(masterKey));
        return settings;
    }

    /** The gateway in a JVM of its own, on this test's classpath, configured like a deployment. */
    private static Process start(Map<String, String> settings) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), GatewayApplication.class.getName()));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        File log = File.createTempFile("gateway-", ".log");
        log.deleteOnExit();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static int storedEvents(JdbcTemplate jdbc) {
        try {
            return jdbc.queryForObject("select count(*) from event_store.domain_event_entry", Integer.class);
        } catch (BadSqlGrammarException e) {
            return 0; // The gateway has not created the event store yet.
        }
    }
}
