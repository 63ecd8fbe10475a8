package com.mirante.gateway.sqs;

import static com.mirante.gateway.dms.DmsFixtures.reservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.embedded.EmbeddedQueues;
import com.mirante.gateway.GatewayApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * A received batch is applied in one database transaction (its events share PostgreSQL's
 * transaction id, {@code xmin}); a bad record in it sends the batch one by one, costing no good
 * record its place; and batches of several pollers that touch the same aggregates in different
 * orders neither deadlock nor apply a change twice or out of order.
 */
class BatchTransactionsTest {

    private static final String EVENTS = "event_store.domain_event_entry";

    @Test
    void aBatchIsOneTransaction() {
        assertThat(transactionsForTenInserts(true, "batch_together", 870_000)).isEqualTo(1);
    }

    @Test
    void withBatchTransactionsOffEveryCommandIsATransaction() {
        assertThat(transactionsForTenInserts(false, "batch_off", 871_000)).isEqualTo(10);
    }

    /** One poller, ten messages waiting before it starts: one receive takes them all. */
    private static int transactionsForTenInserts(boolean batchTransactions, String name, long firstId) {
        ConfigurableApplicationContext gateway = gateway(name, 1, "--mirante.ingest.batch-transactions=" + batchTransactions);
        try (SqsClient sqs = TestQueues.client(gateway.getEnvironment()::getRequiredProperty)) {
            String queue = gateway.getEnvironment().getRequiredProperty("mirante.sqs.queue-url");
            send(sqs, queue, IntStream.range(0, 10).mapToObj(i -> reservation(firstId + i, "P", 1, "insert")).toList());
            gateway.start();

            JdbcTemplate jdbc = gateway.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> count(jdbc, "select count(*) from " + EVENTS) == 10);
            return count(jdbc, "select count(distinct xmin::text) from " + EVENTS);
        } finally {
            gateway.close();
        }
    }

    @Test
    void aBadRecordCostsNoGoodOne() {
        ConfigurableApplicationContext gateway = gateway("batch_poison", 1);
        try (SqsClient sqs = TestQueues.client(gateway.getEnvironment()::getRequiredProperty)) {
            String queue = gateway.getEnvironment().getRequiredProperty("mirante.sqs.queue-url");
            List<String> bodies = new ArrayList<>(IntStream.range(0, 9)
                    .mapToObj(i -> reservation(872_000 + i, "P", 1, "insert")).toList());
            bodies.add(4, reservation(872_100, "P", 1, "insert").replace("\"qtd_adultos\":1", "\"qtd_adultos\":70000"));
            send(sqs, queue, bodies);
            gateway.start();
            DeadLetterQueue deadLetters = gateway.getBean(DeadLetterQueue.class);

            List<DeadLetter> letters = await().atMost(Duration.ofSeconds(60))
                    .until(() -> deadLetters.page(0, 10, 100).items(), items -> !items.isEmpty());
            JdbcTemplate jdbc = gateway.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> TestQueues.pending(sqs, queue) == 0);
            assertThat(letters).singleElement().extracting(DeadLetter::errorCode).isEqualTo("OUT_OF_RANGE");
            assertThat(jdbc.queryForList("select aggregate_identifier from " + EVENTS, String.class))
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 9).mapToObj(i -> "reservation-" + (872_000 + i)).toList());
        } finally {
            gateway.close();
        }
    }

    @Test
    void crossingBatchesOfSeveralPollersApplyEveryChangeOnceAndInOrder() {
        int reservations = 4;
        int versions = 30;
        ConfigurableApplicationContext gateway = gateway("batch_crossing", 4);
        try (SqsClient sqs = TestQueues.client(gateway.getEnvironment()::getRequiredProperty)) {
            String queue = gateway.getEnvironment().getRequiredProperty("mirante.sqs.queue-url");
            List<String> bodies = new ArrayList<>();
            for (long id = 873_000; id < 873_000 + reservations; id++) {
                bodies.add(reservation(id, "P", 1, "insert"));
                for (int version = 2; version <= versions; version++) {
                    bodies.add(reservation(id, version % 2 == 0 ? "C" : "P", version, "update"));
                }
            }
            // Every batch mixes the reservations in its own order, as a standard queue delivers them.
            Collections.shuffle(bodies, new Random(873));
            send(sqs, queue, bodies);
            gateway.start();

            await().atMost(Duration.ofSeconds(90)).until(() -> TestQueues.pending(sqs, queue) == 0);
            JdbcTemplate jdbc = gateway.getBean(JdbcTemplate.class);
            assertThat(gateway.getBean(DeadLetterQueue.class).page(0, 10, 100).items()).isEmpty();
            for (long id = 873_000; id < 873_000 + reservations; id++) {
                List<Long> applied = jdbc.queryForList("select (convert_from(payload, 'UTF8')::jsonb #>> '{source,rowVersion}')::bigint"
                        + " from " + EVENTS + " where aggregate_identifier = ? order by sequence_number", Long.class, "reservation-" + id);
                // A change older than one applied is dropped: the versions a reservation took rise strictly, up to the newest.
                assertThat(applied).as("reservation %d", id).isSorted().doesNotHaveDuplicates().endsWith((long) versions);
            }
        } finally {
            gateway.close();
        }
    }

    private static void send(SqsClient sqs, String queue, List<String> bodies) {
        for (int from = 0; from < bodies.size(); from += 10) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = from; i < Math.min(from + 10, bodies.size()); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(bodies.get(i)).build());
            }
            sqs.sendMessageBatch(r -> r.queueUrl(queue).entries(entries));
        }
    }

    private static int count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static ConfigurableApplicationContext gateway(String name, int pollers, String... more) {
        List<String> args = new ArrayList<>(EmbeddedQueues.create(name.replace('_', '-')));
        args.addAll(List.of("--spring.datasource.url=" + EmbeddedDatabases.create(name), "--server.port=0",
                "--mirante.sqs.wait-time=1s", "--mirante.sqs.pollers=" + pollers));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.config.name=" + GatewayApplication.CONFIG_NAME, "mirante.sqs.auto-start=false")
                .run(args.toArray(String[]::new));
    }
}
