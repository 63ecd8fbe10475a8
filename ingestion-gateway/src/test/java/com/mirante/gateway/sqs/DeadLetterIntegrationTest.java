package com.mirante.gateway.sqs;

import static com.mirante.gateway.dms.DmsFixtures.reservation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.gateway.GatewayIntegrationTest;
import com.mirante.platform.security.CrossSiteRequestFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The gateway against real ElasticMQ and PostgreSQL: poison messages among good ones go to the
 * dead-letter queue with their reason while the good ones are applied, and operators list,
 * redrive and delete dead letters through the API.
 */
@GatewayIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterIntegrationTest {

    private static final Duration SETTLED = Duration.ofSeconds(15);

    @Autowired
    private SqsClient sqs;
    @Autowired
    private ChangeQueueConsumer consumer;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestRestTemplate rest;
    @Value("${mirante.sqs.queue-url}")
    private String queueUrl;

    /** The shared context leaves the consumer stopped: it consumes for this class's tests only. */
    @BeforeAll
    void consume() {
        consumer.start();
    }

    @AfterAll
    void stopConsuming() {
        consumer.stop();
    }

    /** The header the platform asks of requests that change something, as a client that is not a browser sends it. */
    private static HttpHeaders fromAClient() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(CrossSiteRequestFilter.HEADER, "test");
        return headers;
    }

    private void send(String body) {
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
    }

    private int storedEvents(long reservationId) {
        return jdbc.queryForObject("select count(*) from event_store.domain_event_entry where aggregate_identifier = ?",
                Integer.class, "reservation-" + reservationId);
    }

    private List<JsonNode> deadLetters() {
        return page("/api/v1/dead-letters").findParents("messageId");
    }

    private JsonNode page(String path) {
        return rest.withBasicAuth("operator", "operator").getForObject(path, JsonNode.class);
    }

    @Test
    void poisonMessagesAreDeadLetteredWithTheirReasonAndTheGoodOnesApplied() {
        send(reservation(810_001, "C", 1, "insert"));
        send("{\"this is\": \"not a DMS record\"}");
        send(reservation(810_002, "C", 1, "insert"));
        send(reservation(810_003, "C", 1, "insert").replace("\"dt_chegada\":\"2025-05-10\"", "\"dt_chegada\":\"10/05/2025\""));
        send(reservation(810_004, "C", 1, "insert").replace("\"table-name\":\"reserva\"", "\"table-name\":\"reserva_old\""));

        await().atMost(SETTLED).until(() -> storedEvents(810_001) == 1 && storedEvents(810_002) == 1
                && deadLetters().size() == 3);

        Map<String, String> reasons = new HashMap<>();
        deadLetters().forEach(letter -> reasons.put(letter.path("errorCode").asText(), letter.path("errorMessage").asText()));
        assertThat(reasons).containsOnlyKeys("NO_METADATA", "BAD_VALUE", "UNKNOWN_TABLE");
        assertThat(reasons.get("BAD_VALUE")).contains("reservas.reserva.dt_chegada");
        assertThat(storedEvents(810_003)).isZero();
        assertThat(deadLetters()).allSatisfy(letter -> {
            assertThat(letter.path("originalMessageId").asText()).isNotBlank();
            assertThat(letter.path("receiveCount").asInt()).isEqualTo(1);
        });

        ResponseEntity<String> metrics = rest.getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("mirante_ingestion_dead_lettered_total{error_code=\"BAD_VALUE\"")
                .contains("mirante_ingestion_latency_seconds_bucket");

        deleteAllDeadLetters();
    }

    @Test
    void aRedrivenDeadLetterIsAppliedOnceItCanBe() {
        // An update for a table the gateway does not know yet is dead-lettered; once fixed (here: the
        // operator decides it is fine to retry), a redrive sends it back to the change queue.
        send(reservation(820_001, "C", 1, "insert").replace("\"operation\":\"insert\"", "\"operation\":\"upsert\""));
        JsonNode letter = await().atMost(SETTLED).until(this::deadLetters, letters -> letters.size() == 1).get(0);
        assertThat(letter.path("errorCode").asText()).isEqualTo("UNKNOWN_OPERATION");

        ResponseEntity<JsonNode> redriven = operate(HttpMethod.POST, "/api/v1/dead-letters/redrive",
                new HttpEntity<>(Map.of("messageIds", List.of(letter.path("messageId").asText())), fromAClient()));

        assertThat(redriven.getBody().path("messages").asInt()).isEqualTo(1);
        // Still unknown: it comes back to the dead-letter queue, with a second receive behind it.
        await().atMost(SETTLED).until(this::deadLetters, letters -> letters.size() == 1);
        deleteAllDeadLetters();
    }

    /**
     * What a page of another site can make a browser send with the operator's cached Basic credentials:
     * a form post (here to redrive every dead letter), a script's bodiless POST, and a DELETE of them
     * all (which a browser would preflight). None carries the header of our pages: each is refused,
     * and the dead letter stays where it was.
     */
    @Test
    void requestsFromAnotherSiteChangeNothingEvenWithTheOperatorsCredentials() {
        send(reservation(830_001, "C", 1, "insert").replace("\"operation\":\"insert\"", "\"operation\":\"upsert\""));
        String letter = await().atMost(SETTLED).until(this::deadLetters, letters -> letters.size() == 1).get(0)
                .path("messageId").asText();
        HttpHeaders crossSite = new HttpHeaders();
        crossSite.setOrigin("http://127.0.0.1:9");
        crossSite.set("Sec-Fetch-Site", "cross-site");
        HttpHeaders form = new HttpHeaders(crossSite);
        form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        List<ResponseEntity<JsonNode>> forged = List.of(
                operate(HttpMethod.POST, "/api/v1/dead-letters/redrive", new HttpEntity<>("messageIds=", form)),
                operate(HttpMethod.POST, "/api/v1/dead-letters/redrive", new HttpEntity<>(crossSite)),
                operate(HttpMethod.DELETE, "/api/v1/dead-letters", new HttpEntity<>(crossSite)));

        assertThat(forged).allSatisfy(refused -> {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody().path("detail").asText()).contains(CrossSiteRequestFilter.HEADER);
        });
        assertThat(deadLetters()).extracting(dead -> dead.path("messageId").asText()).containsExactly(letter);
        deleteAllDeadLetters();
    }

    private ResponseEntity<JsonNode> operate(HttpMethod method, String path, HttpEntity<?> request) {
        return rest.withBasicAuth("operator", "operator").exchange(path, method, request, JsonNode.class);
    }

    @Test
    void deadLettersArePagedOldestFirstAndThePagesAgree() {
        for (int i = 0; i < 5; i++) {
            send("{\"not a DMS record\": " + i + "}");
        }
        await().atMost(SETTLED).until(() -> page("/api/v1/dead-letters").path("total").asInt() == 5);

        JsonNode firstTwo = page("/api/v1/dead-letters?page=0&size=2");
        JsonNode lastOne = page("/api/v1/dead-letters?page=2&size=2");
        JsonNode all = page("/api/v1/dead-letters?size=100");

        assertThat(firstTwo.path("items")).hasSize(2);
        assertThat(firstTwo.path("page").asInt()).isZero();
        assertThat(firstTwo.path("size").asInt()).isEqualTo(2);
        assertThat(lastOne.path("items")).hasSize(1);
        assertThat(page("/api/v1/dead-letters?page=3&size=2").path("items")).isEmpty();
        assertThat(all.path("items").findValuesAsText("messageId")).hasSize(5).doesNotHaveDuplicates();
        assertThat(all.path("items").findValuesAsText("sentAt").stream().map(Instant::parse).toList()).isSorted();
        assertThat(all.path("total").asInt()).isEqualTo(5);
        assertThat(all.path("truncated").asBoolean()).isFalse();
        // Each page is cut from the same order, however the queue hands the messages out.
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(page("/api/v1/dead-letters?size=2&page=" + page).path("items").findValuesAsText("messageId"));
        }
        assertThat(paged).containsExactlyElementsOf(all.path("items").findValuesAsText("messageId"));

        ResponseEntity<JsonNode> tooDeep = rest.withBasicAuth("operator", "operator")
                .getForEntity("/api/v1/dead-letters?page=10&size=100", JsonNode.class);
        assertThat(tooDeep.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooDeep.getBody().path("errors").findValuesAsText("parameter")).containsExactly("page");
        deleteAllDeadLetters();
    }

    @Test
    void aSelectionOfTooManyOrMalformedIdsIsRefused() {
        List<String> tooMany = IntStream.range(0, 1_001).mapToObj(i -> "id-" + i).toList();
        for (Map<String, Object> selection : List.of(Map.<String, Object>of("messageIds", tooMany),
                Map.<String, Object>of("messageIds", List.of("../../etc/passwd")),
                Map.<String, Object>of("messageIds", List.of("x".repeat(101))),
                Map.<String, Object>of("limit", 0), Map.<String, Object>of("limit", 10_001))) {
            ResponseEntity<JsonNode> refused = rest.withBasicAuth("operator", "operator").exchange(
                    "/api/v1/dead-letters", HttpMethod.DELETE, new HttpEntity<>(selection, fromAClient()), JsonNode.class);

            assertThat(refused.getStatusCode()).as(selection.keySet().toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().path("errors").findValuesAsText("parameter"))
                    .containsExactly(selection.keySet().iterator().next());
        }
    }

    @Test
    void onlyOperatorsSeeDeadLetters() {
        assertThat(rest.withBasicAuth("viewer", "viewer").getForEntity("/api/v1/dead-letters", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/v1/dead-letters", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private void deleteAllDeadLetters() {
        operate(HttpMethod.DELETE, "/api/v1/dead-letters", new HttpEntity<>(fromAClient()));
        assertThat(deadLetters()).isEmpty();
    }
}
