package com.mirante.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.embedded.EmbeddedDatabases;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes on one PostgreSQL: one appends, the other tracks the store with a pooled processor.
 * Both poll only every 10 s, so an event handled within {@link #FRESH} was woken to: by the
 * appending node's notify heard on the other node, or on the tracking node by its own append.
 * Without wake-ups these tests fail (the poll comes seconds later, and the coordinator's own idle
 * wait is 500 ms).
 */
class WakeUpIntegrationTest {

    private static final Duration FRESH = Duration.ofMillis(200);
    private static final Duration START = Duration.ofSeconds(60);
    private static final int SAMPLES = 5;

    private static ConfigurableApplicationContext appender;
    private static ConfigurableApplicationContext tracker;
    private static JdbcClient jdbc;

    record Pinged(String id) {
    }

    /** What the tracking node's pooled processor handled, by event id. */
    @ProcessingGroup(Arrivals.GROUP)
    static class Arrivals {

        static final String GROUP = "wake-up-probe";
        final Map<String, Long> handledAt = new ConcurrentHashMap<>();

        @EventHandler
        void on(Pinged pinged) {
            handledAt.put(pinged.id(), System.nanoTime());
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class AppendingNode {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(Arrivals.class)
    static class TrackingNode {
    }

    @BeforeAll
    static void startNodes() {
        String database = EmbeddedDatabases.create("event_store_wake_ups");
        jdbc = JdbcClient.create(new DriverManagerDataSource(database));
        // Axon's token table with its default names, for the tracking node's processor.
        jdbc.sql("CREATE TABLE TokenEntry (processorName VARCHAR(255) NOT NULL, segment INTEGER NOT NULL,"
                + " token BYTEA, tokenType VARCHAR(255), timestamp VARCHAR(255), owner VARCHAR(255),"
                + " PRIMARY KEY (processorName, segment))").update();
        String masterKey = newKey();
        appender = start(AppendingNode.class, database, masterKey);
        tracker = start(TrackingNode.class, database, masterKey);
    }

    private static ConfigurableApplicationContext start(Class<?> node, String database, String masterKey) {
        return new SpringApplicationBuilder(node)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + database,
                        "mirante.privacy.master-key=" + masterKey,
                        "mirante.event-store.fetch-delay=10s",
                        // The event store migrates its own schema; this application has no other.
                        "spring.flyway.enabled=false",
                        "axon.axonserver.enabled=false",
                        "axon.update-check.disabled=true",
                        "axon.serializer.general=jackson",
                        "axon.serializer.events=jackson",
                        "axon.serializer.messages=jackson",
                        "axon.eventhandling.processors." + Arrivals.GROUP + ".mode=pooled")
                .run();
    }

    @AfterAll
    static void stopNodes() {
        if (tracker != null) {
            tracker.close();
        }
        if (appender != null) {
            appender.close();
        }
    }

    @BeforeEach
    void trackerListensAtTheHead() {
        await().atMost(START).until(() -> listening() == 1.0);
        String settle = append(appender);
        await().atMost(START).until(() -> arrivals().handledAt.containsKey(settle) && caughtUp());
    }

    @Test
    void anEventAppendedOnAnotherNodeIsHandledAtOnce() {
        double wakeUpsBefore = meters().get("mirante.event_store.wake_ups").counter().count();

        assertHandledWithinFresh(appender);

        assertThat(meters().get("mirante.event_store.wake_ups").counter().count())
                .isGreaterThanOrEqualTo(wakeUpsBefore + SAMPLES);
    }

    @Test
    void anEventAppendedOnTheTrackingNodeIsHandledAtOnce() {
        assertHandledWithinFresh(tracker);
    }

    @Test
    void aKilledListeningConnectionIsOpenedAgainAndWakesAgain() {
        List<Integer> before = listeningBackends();
        assertThat(before).hasSize(1);

        assertThat(jdbc.sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE pid = ?")
                .param(before.get(0)).query(Long.class).single()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<Integer> now = listeningBackends();
            return now.size() == 1 && !now.equals(before) && listening() == 1.0;
        });
        assertHandledWithinFresh(appender);
    }

    private static void assertHandledWithinFresh(ConfigurableApplicationContext node) {
        for (int i = 0; i < SAMPLES; i++) {
            long sent = System.nanoTime();
            String id = append(node);
            await().atMost(FRESH).pollInterval(Duration.ofMillis(2)).until(() -> arrivals().handledAt.containsKey(id));
            assertThat(Duration.ofNanos(arrivals().handledAt.get(id) - sent)).isLessThan(FRESH);
        }
    }

    private static String append(ConfigurableApplicationContext node) {
        String id = UUID.randomUUID().toString();
        node.getBean(EventStore.class).publish(GenericEventMessage.asEventMessage(new Pinged(id)));
        return id;
    }

    /** The tracking node's listening connections: the backends whose last statement is the store's LISTEN. */
    private static List<Integer> listeningBackends() {
        return jdbc.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = ?")
                .param("LISTEN \"" + new EventStoreProperties(null, null, null, null).appendedChannel() + "\"")
                .query(Integer.class).list();
    }

    private static boolean caughtUp() {
        StreamingEventProcessor processor = tracker.getBean(EventProcessingConfiguration.class)
                .eventProcessor(Arrivals.GROUP, StreamingEventProcessor.class).orElseThrow();
        return !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(segment -> segment.isCaughtUp());
    }

    private static double listening() {
        return meters().get("mirante.event_store.listening").gauge().value();
    }

    private static MeterRegistry meters() {
        return tracker.getBean(MeterRegistry.class);
    }

    private static Arrivals arrivals() {
        return tracker.getBean(Arrivals.class);
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
