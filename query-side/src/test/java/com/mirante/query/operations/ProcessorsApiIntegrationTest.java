package com.mirante.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.api.hotel.HotelIds;
import com.mirante.api.hotel.HotelRegistered;
import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RoomIds;
import com.mirante.api.room.RoomOccupancy;
import com.mirante.api.room.RoomRegistered;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.embedded.EmbeddedDatabases;
import com.mirante.platform.security.CrossSiteRequestFilter;
import com.mirante.query.DomainEvents;
import com.mirante.query.QueryApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The processors API on one node and its own database: status, pause and resume, replay, split
 * and merge, and dead letters of a test-only projection that fails on one event.
 */
@SpringBootTest(classes = QueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + QueryApplication.CONFIG_NAME,
                "mirante.query.node-id=api-node",
                "mirante.processors.sample-interval=500ms",
                "axon.eventhandling.processors.poison_test.mode=pooled",
                "axon.eventhandling.processors.poison_test.initial-segment-count=2",
                "axon.eventhandling.processors.poison_test.dlq.enabled=true"})
@ActiveProfiles("local")
@Import(PoisonProjection.class)
class ProcessorsApiIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DATABASE = EmbeddedDatabases.create("processors_api");

    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private PoisonProjection poison;
    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
    }

    private void registerHotel(String hotelId, String name) {
        DomainEvents.publish(eventStore, "Hotel", HotelIds.aggregateId(hotelId), new HotelRegistered(hotelId, name,
                "Natal", "RN", 40, "America/Fortaleza", true,
                new SourcePosition("cadastro.hotel", hotelId, SourceOperation.LOAD, null, null, null, null, null)));
    }

    private ResponseEntity<JsonNode> get(String path) {
        return rest.withBasicAuth("viewer", "viewer").getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> operate(HttpMethod method, String path) {
        return operate("operator", method, path);
    }

    /** As a client that is not a browser sends it: with the header the platform asks of requests that change something. */
    private ResponseEntity<JsonNode> operate(String user, HttpMethod method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(CrossSiteRequestFilter.HEADER, "test");
        return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(headers), JsonNode.class);
    }

    private JsonNode processor(String name) {
        for (JsonNode processor : get("/api/v1/processors").getBody()) {
            if (processor.path("name").asText().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + name);
    }

    private boolean hotelShown(String hotelId) {
        for (JsonNode hotel : get("/api/v1/hotels").getBody()) {
            if (hotel.path("hotelId").asText().equals(hotelId)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void showsEveryProcessorWithItsSegmentsLagAndThroughput() {
        for (int i = 0; i < 30; i++) {
            registerHotel("PRS" + i, "Mirante " + i);
        }
        await().atMost(WAIT).until(() -> processor("hotels").path("lagEvents").asLong() == 0
                && processor("hotels").path("headPosition").asLong() >= 30);
        JsonNode hotels = processor("hotels");
        assertThat(hotels.path("mode").asText()).isEqualTo("pooled");
        assertThat(hotels.path("state").asText()).isEqualTo("RUNNING");
        assertThat(hotels.path("lagSeconds").asDouble()).isZero();
        assertThat(hotels.path("replayProgress").asDouble()).isEqualTo(1.0);
        JsonNode segment = hotels.path("segments").get(0);
        assertThat(segment.path("owner").asText()).isEqualTo("api-node");
        assertThat(segment.path("position").asLong()).isEqualTo(hotels.path("headPosition").asLong());
        assertThat(segment.path("caughtUp").asBoolean()).isTrue();
        assertThat(segment.path("error").isNull()).isTrue();
        List<String> names = new ArrayList<>();
        get("/api/v1/processors").getBody().forEach(p -> names.add(p.path("name").asText()));
        assertThat(names).contains("reservations", "hotels", "room_board", "hotel_daily", "guests", "legacy_tables",
                "poison_test");
        assertThat(processor("reservations").path("segments")).hasSize(8);

        // 30 events processed within the last minute: a rate above zero, measured from sampled positions.
        await().atMost(WAIT).until(() -> processor("hotels").path("eventsPerSecond").asDouble() > 0);
    }

    @Test
    void eventsAProcessorDoesNotHandleAreNoLagForIt() {
        registerHotel("LAG01", "Mirante Sem Atraso");
        await().atMost(WAIT).until(() -> hotelShown("LAG01") && processor("hotels").path("lagEvents").asLong() == 0);
        // Rooms are none of the hotels model's business: once the stream has offered it one, Axon skips the rest.
        for (String room : List.of("101", "102", "103")) {
            DomainEvents.publish(eventStore, "Room", RoomIds.aggregateId("LAG01", room), new RoomRegistered("LAG01",
                    room, 1, "STD", RoomOccupancy.VACANT, HousekeepingStatus.CLEAN, null, null, false, null, null,
                    new SourcePosition("governanca.apartamento", room, SourceOperation.LOAD, null, null, null, null,
                            null)));
        }
        await().atMost(WAIT).until(() -> processor("room_board").path("lagEvents").asLong() == 0);
        JsonNode hotels = processor("hotels");
        assertThat(hotels.path("lagEvents").asLong()).isZero();
        assertThat(hotels.path("lagSeconds").asDouble()).isZero();
    }

    @Test
    void pausesAndResumesThroughTheOperationsTable() {
        assertThat(operate("viewer", HttpMethod.POST, "/api/v1/processors/hotels/pause").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(operate(HttpMethod.POST, "/api/v1/processors/hotels/pause").getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        StreamingEventProcessor hotels = processing.eventProcessor("hotels", StreamingEventProcessor.class).orElseThrow();
        await().atMost(WAIT).until(() -> !hotels.isRunning());
        assertThat(processor("hotels").path("state").asText()).isEqualTo("PAUSED");

        registerHotel("PAU01", "Mirante Pausado");
        await().atMost(WAIT).until(() -> processor("hotels").path("lagEvents").asLong() >= 1);
        assertThat(hotelShown("PAU01")).isFalse();

        assertThat(operate(HttpMethod.POST, "/api/v1/processors/hotels/resume").getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(WAIT).until(() -> hotelShown("PAU01"));
        assertThat(processor("hotels").path("state").asText()).isEqualTo("RUNNING");
    }

    @Test
    void replaysByResettingTheTokensAndRunningTheResetHandler() {
        registerHotel("RPL01", "Mirante Replay");
        await().atMost(WAIT).until(() -> poison.handled().contains("RPL01"));
        int resets = poison.resets();

        assertThat(operate(HttpMethod.POST, "/api/v1/processors/poison_test/replay").getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(WAIT).until(() -> poison.resets() == resets + 1);
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(poison.handled()).contains("RPL01");
            assertThat(processor("poison_test").path("state").asText()).as(processor("poison_test").toString())
                    .isEqualTo("RUNNING");
        });
        assertThat(processor("poison_test").path("replayProgress").asDouble()).isEqualTo(1.0);
        assertThat(jdbc.sql("SELECT replay_completed_by FROM query_model.processor_operation"
                + " WHERE processor_name = 'poison_test'").query(String.class).single()).isEqualTo("api-node");
    }

    @Test
    void splitsAndMergesSegmentsAndRefusesWhatCannotBeDone() {
        await().atMost(WAIT).until(() -> processor("room_board").path("segments").size() == 1);
        ResponseEntity<JsonNode> split = operate(HttpMethod.POST, "/api/v1/processors/room_board/segments/0/split");
        assertThat(split.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(split.getBody().path("segments")).hasSize(2);
        assertThat(split.getBody().path("segments").get(0).path("mask").asInt()).isEqualTo(1);

        ResponseEntity<JsonNode> merged = operate(HttpMethod.POST, "/api/v1/processors/room_board/segments/0/merge");
        assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(merged.getBody().path("segments")).hasSize(1);

        ResponseEntity<JsonNode> alone = operate(HttpMethod.POST, "/api/v1/processors/room_board/segments/0/merge");
        assertThat(alone.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(alone.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(operate(HttpMethod.POST, "/api/v1/processors/room_board/segments/7/split").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> unknown = operate(HttpMethod.POST, "/api/v1/processors/nothing/pause");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(operate(HttpMethod.POST, "/api/v1/processors/room_board/segments/x/split").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aFailingEventWaitsAsADeadLetterWhileTheProjectionGoesOn() {
        registerHotel("DLQ01", "POISON one");
        registerHotel("DLQ02", "Mirante after the poison");
        await().atMost(WAIT).until(() -> poison.handled().contains("DLQ02"));
        JsonNode letters = get("/api/v1/processors/poison_test/dead-letters").getBody();
        assertThat(letters.path("items")).hasSize(1);
        assertThat(letters.path("total").asLong()).isEqualTo(1);
        JsonNode letter = letters.path("items").get(0);
        assertThat(letter.path("causeMessage").asText()).isEqualTo("cannot project poisoned hotel DLQ01");
        assertThat(letter.path("eventType").asText()).isEqualTo(HotelRegistered.class.getName());
        assertThat(processor("poison_test").path("deadLetters").asLong()).isEqualTo(1);
        assertThat(processor("poison_test").path("state").asText()).isEqualTo("RUNNING");

        String id = letter.path("id").asText();
        ResponseEntity<JsonNode> stillFailing = operate(HttpMethod.POST,
                "/api/v1/processors/poison_test/dead-letters/" + id + "/retry");
        assertThat(stillFailing.getBody().path("retried").asBoolean()).isFalse();
        assertThat(stillFailing.getBody().path("remaining").asInt()).isEqualTo(1);

        registerHotel("DLQ03", "POISON two");
        await().atMost(WAIT).until(() -> get("/api/v1/processors/poison_test/dead-letters").getBody()
                .path("total").asLong() == 2);
        JsonNode secondPage = get("/api/v1/processors/poison_test/dead-letters?page=1&size=1").getBody();
        assertThat(secondPage.path("items")).hasSize(1);
        assertThat(secondPage.path("total").asLong()).isEqualTo(2);
        String second = secondPage.path("items").get(0).path("id").asText();
        assertThat(second).isNotEqualTo(id);
        assertThat(operate(HttpMethod.DELETE, "/api/v1/processors/poison_test/dead-letters/" + second)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(operate(HttpMethod.DELETE, "/api/v1/processors/poison_test/dead-letters/" + second)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        poison.cure();
        ResponseEntity<JsonNode> retried = operate(HttpMethod.POST, "/api/v1/processors/poison_test/dead-letters/retry");
        assertThat(retried.getBody().path("retried").asInt()).isEqualTo(1);
        assertThat(retried.getBody().path("remaining").asInt()).isZero();
        assertThat(poison.handled()).contains("DLQ01").doesNotContain("DLQ03");
    }
}
