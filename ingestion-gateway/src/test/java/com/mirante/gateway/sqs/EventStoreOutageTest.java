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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * PostgreSQL goes away for 30 seconds while changes keep arriving: the gateway pauses, then
 * recovers by itself, and every change ends applied exactly once, none dead-lettered.
 */
class EventStoreOutageTest {

    private static final int CHANGES = 200;
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Test
    void theGatewayRidesOutADatabaseOutageAndAppliesEveryChangeOnce() throws Exception {
        String database = EmbeddedDatabases.create("outage");
        Matcher address = Pattern.compile("//localhost:(\\d+)/").matcher(database);
        assertThat(address.find()).isTrue();
        JdbcTemplate direct = new JdbcTemplate(new DriverManagerDataSource(database));

        try (TcpProxy proxy = new TcpProxy(Integer.parseInt(address.group(1)))) {
            List<String> args = new ArrayList<>(EmbeddedQueues.create("outage-changes"));
            args.addAll(List.of("--spring.datasource.url=" + database.replace(":" + address.group(1) + "/",
                            ":" + proxy.port() + "/"),
                    "--server.port=0", "--mirante.sqs.wait-time=1s", "--mirante.sqs.retry-base=1s",
                    "--spring.profiles.active=local"));
            ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class)
                    .properties("spring.config.name=" + GatewayApplication.CONFIG_NAME)
                    .run(args.toArray(String[]::new));
            Environment env = gateway.getEnvironment();
            ScheduledExecutorService relay = Executors.newSingleThreadScheduledExecutor();
            try (SqsClient sqs = TestQueues.client(env::getRequiredProperty)) {
                String queue = env.getRequiredProperty("mirante.sqs.queue-url");
                // A steady stream, 10 changes a second, from before the outage to after it.
                AtomicInteger sent = new AtomicInteger();
                relay.scheduleAtFixedRate(() -> {
                    int next = sent.getAndIncrement();
                    if (next < CHANGES) {
                        sqs.sendMessage(r -> r.queueUrl(queue).messageBody(reservation(880_000 + next, "C", 1, "insert")));
                    }
                }, 0, 100, TimeUnit.MILLISECONDS);

                await().atMost(Duration.ofSeconds(30)).until(() -> storedEvents(direct) >= 20);
                proxy.cut();
                int storedAtCut = storedEvents(direct);
                await().during(OUTAGE).atMost(OUTAGE.plusSeconds(5))
                        .until(() -> storedEvents(direct) == storedAtCut);
                proxy.restore();

                await().atMost(Duration.ofSeconds(60)).until(() -> storedEvents(direct) == CHANGES
                        && TestQueues.pending(sqs, queue) == 0);
                assertThat(direct.queryForObject("select count(distinct aggregate_identifier) from"
                        + " event_store.domain_event_entry", Integer.class)).isEqualTo(CHANGES);
                assertThat(TestQueues.pending(sqs, env.getRequiredProperty("mirante.sqs.dead-letter-queue-url"))).isZero();
            } finally {
                relay.shutdownNow();
                gateway.close();
            }
        }
    }

    private static int storedEvents(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from event_store.domain_event_entry", Integer.class);
    }
}
