package com.mirante.gateway.sqs;

import static com.mirante.gateway.dms.DmsFixtures.reservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.embedded.EmbeddedQueues;
import com.mirante.gateway.GatewayApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * On a FIFO queue grouped by row ({@code schema.table:key}), each row's changes are applied in
 * commit order while different rows are applied in parallel: every reservation tells its whole
 * story, no step skipped as stale. A record that can never be applied reaches the FIFO dead-letter
 * queue with its reason, and goes back to its group when redriven.
 */
class FifoOrderTest {

    private static final int RESERVATIONS = 20;

    @Test
    void aRowsChangesAreAppliedInCommitOrder() {
        ConfigurableApplicationContext gateway = gateway("ordered-changes.fifo", "fifo");
        Environment env = gateway.getEnvironment();
        try (SqsClient sqs = TestQueues.client(env::getRequiredProperty)) {
            String queue = env.getRequiredProperty("mirante.sqs.queue-url");
            String[][] story = {{"P", "insert"}, {"C", "update"}, {"C", "update"}, {"X", "update"}};
            for (int version = 1; version <= story.length; version++) {
                for (long id = 860_000; id < 860_000 + RESERVATIONS; id++) {
                    String body = reservation(id, story[version - 1][0], version, story[version - 1][1]);
                    String group = "reservas.reserva:" + id;
                    sqs.sendMessage(r -> r.queueUrl(queue).messageGroupId(group).messageBody(body));
                }
            }
            gateway.start();

            JdbcTemplate jdbc = gateway.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                    "select count(*) from event_store.domain_event_entry", Integer.class) == RESERVATIONS * story.length);
            for (long id = 860_000; id < 860_000 + RESERVATIONS; id++) {
                assertThat(jdbc.queryForList("select payload_type from event_store.domain_event_entry"
                        + " where aggregate_identifier = ? order by sequence_number", String.class, "reservation-" + id))
                        .as("reservation %d", id)
                        .map(type -> type.substring(type.lastIndexOf('.') + 1))
                        .containsExactly("ReservationPlaced", "ReservationConfirmed", "ReservationChangeWithoutEffect",
                                "ReservationCancelled");
            }
        } finally {
            gateway.close();
        }
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithItsReasonAndRedrivenIntoItsGroup() {
        ConfigurableApplicationContext gateway = gateway("poison-changes.fifo", "fifo_poison");
        try (SqsClient sqs = TestQueues.client(gateway.getEnvironment()::getRequiredProperty)) {
            String queue = gateway.getEnvironment().getRequiredProperty("mirante.sqs.queue-url");
            String poison = reservation(861_000, "P", 1, "insert").replace("\"qtd_adultos\":1", "\"qtd_adultos\":70000");
            sqs.sendMessage(r -> r.queueUrl(queue).messageGroupId("reservas.reserva:861000").messageBody(poison));
            gateway.start();
            DeadLetterQueue deadLetters = gateway.getBean(DeadLetterQueue.class);

            DeadLetter first = await().atMost(Duration.ofSeconds(30))
                    .until(() -> deadLetters.page(0, 10, 100).items(), items -> items.size() == 1).get(0);
            assertThat(first.errorCode()).isEqualTo("OUT_OF_RANGE");
            assertThat(first.body()).isEqualTo(poison);

            // Back on the change queue in its group, rejected again: a new letter for the redriven message.
            assertThat(deadLetters.redrive(Set.of(first.messageId()), 10)).isEqualTo(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.page(0, 10, 100).items(), items ->
                    items.size() == 1 && !items.get(0).originalMessageId().equals(first.originalMessageId())
                            && "OUT_OF_RANGE".equals(items.get(0).errorCode()));
        } finally {
            gateway.close();
        }
    }

    private static ConfigurableApplicationContext gateway(String queue, String database) {
        List<String> args = new ArrayList<>(EmbeddedQueues.create(queue));
        args.addAll(List.of("--spring.datasource.url=" + EmbeddedDatabases.create(database), "--server.port=0",
                "--mirante.sqs.wait-time=1s", "--mirante.sqs.pollers=2", "--mirante.sqs.workers=4"));
        return new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.config.name=" + GatewayApplication.CONFIG_NAME, "mirante.sqs.auto-start=false")
                .run(args.toArray(String[]::new));
    }
}
