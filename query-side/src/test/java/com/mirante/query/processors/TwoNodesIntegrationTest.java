package com.mirante.query.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.platform.security.CrossSiteRequestFilter;
import com.mirante.query.DomainEvents;
import com.mirante.query.QueryApplication;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two query-side nodes on one PostgreSQL: this JVM (node-a) and a process of its own (node-b).
 * They share the reservations processor's two segments; a replay requested on node-b rebuilds the
 * model with both nodes stopping and starting by themselves, and so does a rebuild requested on
 * node-a; node-b killed (SIGKILL, no release of its claims) leaves its segment to node-a within the
 * claim timeout, and the figures stay right.
 */
class TwoNodesIntegrationTest {

    private static final String PROCESSOR = "reservations";
    private static final String HOTEL = "NOD01";
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(3);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> settings(String database, String node, int port) {
        return List.of("--spring.datasource.url=" + database, "--server.port=" + port,
                "--spring.profiles.active=local", "--mirante.query.node-id=" + node,
                "--axon.eventhandling.tokenstore.claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s",
                "--axon.eventhandling.processors." + PROCESSOR + ".token-claim-interval=300",
                "--axon.eventhandling.processors." + PROCESSOR + ".initial-segment-count=2",
                "--mirante.processors.poll-interval=200ms");
    }

    @Test
    void twoNodesShareSegmentsReplayTogetherAndSurviveADeadNode() throws Exception {
        String database = EmbeddedDatabases.create("processors_nodes");
        int portA;
        int portB;
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            portA = a.getLocalPort();
            portB = b.getLocalPort();
        }
        ConfigurableApplicationContext nodeA = QueryApplication.start(
                settings(database, "node-a", portA).toArray(String[]::new));
        Process nodeB = null;
        try {
            StreamingEventProcessor processorA = nodeA.getBean(EventProcessingConfiguration.class)
                    .eventProcessor(PROCESSOR, StreamingEventProcessor.class).orElseThrow();
            EventStore eventStore = nodeA.getBean(EventStore.class);
            JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> owners(portA).equals(List.of("node-a", "node-a")));

            nodeB = start(settings(database, "node-b", portB));
            await().atMost(Duration.ofSeconds(120)).until(() -> get(portB, "/api/v1/processors") != null);
            shareSegments(processorA, portA);

            for (long id = 1; id <= 100; id++) {
                place(eventStore, id);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> reservations(portB) == 100 && caughtUp(portA));

            // A row no event made: only a reset (the projection's reset handler) removes it.
            jdbc.sql("INSERT INTO query_model.reservations (reservation_id, number, hotel_id, arrival, departure,"
                    + " adults, children, status, guaranteed) VALUES (999, 'STRAY', ?, DATE '2032-01-01',"
                    + " DATE '2032-01-02', 1, 0, 'CONFIRMED', FALSE)").param(HOTEL).update();
            assertThat(reservations(portA)).isEqualTo(101);
            HttpResponse<String> replay = send(portB, "POST", "/api/v1/processors/" + PROCESSOR + "/replay");
            assertThat(replay.statusCode()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT replay_completed_at IS NOT NULL"
                    + " FROM query_model.processor_operation WHERE processor_name = ?").param(PROCESSOR)
                    .query(Boolean.class).single());
            await().atMost(Duration.ofSeconds(30)).until(() -> reservations(portA) == 100
                    && processor(portA).path("state").asText().equals("RUNNING") && caughtUp(portA));
            assertThat(processorA.isRunning()).isTrue();

            // A rebuild requested on node-a: both nodes stop for the switch, start again on the new tables.
            assertThat(send(portA, "POST", "/api/v1/processors/" + PROCESSOR + "/rebuild").statusCode()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT switched_at IS NOT NULL"
                    + " AND rebuild_version IS NULL FROM query_model.query_model_version WHERE model = ?")
                    .param(PROCESSOR).query(Boolean.class).single());
            await().atMost(Duration.ofSeconds(30)).until(() -> reservations(portA) == 100 && reservations(portB) == 100
                    && processor(portB).path("state").asText().equals("RUNNING") && caughtUp(portA));

            // node-b restarted by itself after the replay: it takes a segment again when offered one.
            shareSegments(processorA, portA);
            for (long id = 101; id <= 150; id++) {
                place(eventStore, id);
            }
            nodeB.destroyForcibly().waitFor();
            await().atMost(CLAIM_TIMEOUT.plusSeconds(5)).until(() -> owners(portA).equals(List.of("node-a", "node-a")));
            await().atMost(Duration.ofSeconds(30)).until(() -> reservations(portA) == 150 && caughtUp(portA));
        } finally {
            if (nodeB != null) {
                nodeB.destroyForcibly().waitFor();
            }
            nodeA.close();
        }
    }

    /** Pooled processors do not balance by themselves: node-a lets go of segment 1 until node-b takes it. */
    private static void shareSegments(StreamingEventProcessor processorA, int portA) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            if (new TreeSet<>(owners(portA)).equals(new TreeSet<>(Set.of("node-a", "node-b")))) {
                return true;
            }
            processorA.releaseSegment(1);
            return false;
        });
    }

    private static void place(EventStore eventStore, long id) {
        ReservationDetails details = new ReservationDetails(HOTEL + "-" + id, HOTEL, null, LocalDate.of(2032, 2, 1),
                LocalDate.of(2032, 2, 3), 2, 0, "STD", "BAR", new BigDecimal("300.00"), new BigDecimal("600.00"),
                "BRL", "SITE", false, LocalDateTime.of(2032, 1, 5, 10, 0));
        DomainEvents.publish(eventStore, "Reservation", ReservationIds.aggregateId(id),
                new ReservationPlaced(id, details, ReservationStatus.CONFIRMED, null,
                        new SourcePosition("reservas.reserva", Long.toString(id), SourceOperation.LOAD, null, null,
                                null, null, null)));
    }

    private static long reservations(int port) throws Exception {
        return get(port, "/api/v1/reservations?hotelId=" + HOTEL + "&size=1").path("total").asLong();
    }

    private static JsonNode processor(int port) throws Exception {
        for (JsonNode processor : get(port, "/api/v1/processors")) {
            if (processor.path("name").asText().equals(PROCESSOR)) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + PROCESSOR);
    }

    private static List<String> owners(int port) throws Exception {
        List<String> owners = new ArrayList<>();
        processor(port).path("segments").forEach(segment -> owners.add(segment.path("owner").asText()));
        return owners;
    }

    private static boolean caughtUp(int port) throws Exception {
        JsonNode processor = processor(port);
        return processor.path("lagEvents").asLong() == 0 && processor.path("headPosition").asLong() > 0;
    }

    private static JsonNode get(int port, String path) throws Exception {
        try {
            HttpResponse<String> response = send(port, "GET", path);
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (java.net.ConnectException e) {
            return null; // not listening yet
        }
    }

    private static HttpResponse<String> send(int port, String method, String path) throws Exception {
        String user = method.equals("GET") ? "viewer:viewer" : "operator:operator";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        user.getBytes(StandardCharsets.UTF_8)))
                .header(CrossSiteRequestFilter.HEADER, "test")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** node-b in a JVM of its own, on this test's classpath. */
    private static Process start(List<String> settings) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), QueryApplication.class.getName()));
        command.addAll(settings);
        File log = File.createTempFile("query-node-b-", ".log");
        log.deleteOnExit();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }
}
