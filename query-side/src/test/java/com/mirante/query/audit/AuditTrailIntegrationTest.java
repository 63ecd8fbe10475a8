package com.mirante.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.guest.GuestIds;
import com.mirante.api.guest.GuestRegistered;
import com.mirante.api.guest.PersonalData;
import com.mirante.api.guest.PersonalDataVault;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.query.DomainEvents;
import com.mirante.query.QuerySideIntegrationTest;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Roles and the audit trail over real HTTP and PostgreSQL: operators' actions and reads of personal
 * data leave a row and a JSON log line, viewers never see a guest's name or e-mail, no personal data
 * leaves when its read cannot be recorded, and operators list the trail.
 */
@QuerySideIntegrationTest
class AuditTrailIntegrationTest {

    private static final Duration PROJECTED = Duration.ofSeconds(15);
    private static final String GUEST_NAME = "Helena Auditada Prado";
    private static final String GUEST_EMAIL = "helena.prado@example.com";

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private PersonalDataVault vault;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectMapper json;

    /** The trail's log events, as the application logged them. */
    private final ListAppender<ILoggingEvent> trailLog = new ListAppender<>();

    @BeforeEach
    void listenToTheTrailsLog() {
        trailLog.start();
        trailLogger().addAppender(trailLog);
    }

    @AfterEach
    void stopListening() {
        trailLogger().detachAppender(trailLog);
    }

    private static Logger trailLogger() {
        return (Logger) LoggerFactory.getLogger("com.mirante.platform.audit.AuditTrail");
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, user).getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String user, URI uri) {
        return rest.withBasicAuth(user, user).getForEntity(uri, JsonNode.class);
    }

    /** A state-changing request as the pages send it. */
    private ResponseEntity<JsonNode> post(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Mirante-Request", "1");
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(headers), JsonNode.class);
    }

    /** The records written since {@code since} ({@link #lastId()} at the test's start), oldest first. */
    private List<Map<String, Object>> records(String user, long since) {
        return jdbc.queryForList("select * from audit.audit_record where username = ? and id > ? order by id",
                user, since);
    }

    private long lastId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit.audit_record", Long.class);
    }

    private static SourcePosition source(String table, long id) {
        return new SourcePosition(table, Long.toString(id), SourceOperation.INSERT, 1L, 1L, null, null, 1L);
    }

    /** A guest with one reservation, both projected. */
    private void guestWithReservation(long guestId, long reservationId) {
        DomainEvents.publish(eventStore, "Guest", GuestIds.aggregateId(guestId), new GuestRegistered(guestId,
                vault.seal(guestId, new PersonalData(GUEST_NAME, "123.456.789-09", null, LocalDate.of(1979, 3, 2),
                        GUEST_EMAIL, "+55 11 98888-0000")),
                "Campinas", "SP", "BR", false, "PRATA", LocalDateTime.of(2024, 11, 2, 14, 30),
                source("crm.hospede", guestId)));
        DomainEvents.publish(eventStore, "Reservation", ReservationIds.aggregateId(reservationId),
                new ReservationPlaced(reservationId, new ReservationDetails("AUD-1", "SPA01", guestId,
                        LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 4), 2, 0, "STD", "BAR",
                        new BigDecimal("100.00"), new BigDecimal("300.00"), "BRL", "SITE", false,
                        LocalDateTime.of(2025, 1, 10, 9, 0)),
                        ReservationStatus.CONFIRMED, null, source("reservas.reserva", reservationId)));
        await().atMost(PROJECTED).until(() -> jdbc.queryForObject(
                "select count(*) from query_model.guests where guest_id = ?", Integer.class, guestId) == 1
                && get("viewer", "/api/v1/reservations/" + reservationId).getStatusCode().is2xxSuccessful());
    }

    private static void assertRecord(Map<String, Object> record, String action, String target, int status) {
        assertThat(record.get("application")).isEqualTo("mirante-query");
        assertThat(record.get("action")).isEqualTo(action);
        assertThat(record.get("target")).isEqualTo(target);
        assertThat(((Number) record.get("status")).intValue()).isEqualTo(status);
        assertThat(record.get("client_address")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(record.get("occurred_at")).isNotNull();
    }

    /**
     * The trail's last log line for this action, answered with this status, at this level, as the
     * installations' structured logging (logstash JSON, see platform.yml) writes it.
     */
    private JsonNode logLine(String level, String action, int status) {
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setFormat("logstash");
        encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        encoder.start();
        return trailLog.list.stream()
                .map(event -> {
                    try {
                        return json.readTree(encoder.encode(event));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(line -> line.path("level").asText().equals(level)
                        && line.path("audit_action").asText().equals(action)
                        && line.path("audit_status").asInt() == status)
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("No " + level + " audit log line for " + action + " " + status));
    }

    @Test
    void anOperatorsActionsAndAViewersAttemptAreRecordedWithTheirOutcome() {
        long since = lastId();
        assertThat(post("operator", "/api/v1/processors/hotels/pause").getStatusCode().value()).isEqualTo(202);
        assertThat(post("operator", "/api/v1/processors/hotels/resume").getStatusCode().value()).isEqualTo(202);
        assertThat(post("operator", "/api/v1/processors/no-such-processor/replay").getStatusCode().value())
                .isEqualTo(404);
        assertThat(post("viewer", "/api/v1/processors/hotels/pause").getStatusCode().value()).isEqualTo(403);

        List<Map<String, Object>> operator = records("operator", since);
        assertThat(operator).hasSize(3);
        assertRecord(operator.get(0), "POST /api/v1/processors/{name}/pause", "name=hotels", 202);
        assertRecord(operator.get(1), "POST /api/v1/processors/{name}/resume", "name=hotels", 202);
        assertRecord(operator.get(2), "POST /api/v1/processors/{name}/replay", "name=no-such-processor", 404);
        // Refused before any endpoint took it: the path names what was tried.
        List<Map<String, Object>> viewer = records("viewer", since);
        assertThat(viewer).hasSize(1);
        assertRecord(viewer.get(0), "POST /api/v1/processors/hotels/pause", null, 403);

        JsonNode line = logLine("INFO", "POST /api/v1/processors/{name}/pause", 202);
        assertThat(line.path("audit_user").asText()).isEqualTo("operator");
        assertThat(line.path("audit_target").asText()).isEqualTo("name=hotels");
        assertThat(line.path("client_address").asText()).isEqualTo(operator.get(0).get("client_address"));
        assertThat(line.path("audit_occurred_at").asText()).isNotBlank();
        assertThat(logLine("INFO", "POST /api/v1/processors/hotels/pause", 403).path("audit_user").asText())
                .isEqualTo("viewer");
    }

    @Test
    void personalDataIsForItsRoleAndEveryReadIsRecordedWhileViewersSeeOnlyTheGuestsId() {
        long guest = 7_300_001L;
        long reservation = 7_300_101L;
        guestWithReservation(guest, reservation);
        long since = lastId();

        // Figures, rooms and reservations: for viewers, not audited, and a guest appears by id only.
        ResponseEntity<String> one = rest.withBasicAuth("viewer", "viewer")
                .getForEntity("/api/v1/reservations/" + reservation, String.class);
        ResponseEntity<String> list = rest.withBasicAuth("viewer", "viewer")
                .getForEntity("/api/v1/reservations?hotelId=SPA01", String.class);
        assertThat(one.getBody()).contains("\"guestId\":" + guest);
        assertThat(List.of(one.getBody(), list.getBody())).allSatisfy(body -> assertThat(body)
                .doesNotContain(GUEST_NAME).doesNotContain(GUEST_EMAIL).doesNotContain("Helena"));
        assertThat(get("viewer", "/api/v1/hotels").getStatusCode().value()).isEqualTo(200);
        assertThat(lastId()).as("reads without personal data are not audited").isEqualTo(since);

        assertThat(get("manager", "/api/v1/me").getBody().path("roles")).extracting(JsonNode::asText)
                .containsExactly("PERSONAL_DATA", "VIEWER");
        ResponseEntity<JsonNode> refused = get("viewer", "/api/v1/guests/" + guest);
        ResponseEntity<JsonNode> read = get("manager", "/api/v1/guests/" + guest);
        ResponseEntity<JsonNode> unknown = get("manager", "/api/v1/guests/9300999");

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(String.valueOf(refused.getBody())).doesNotContain(GUEST_NAME);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getBody().path("name").asText()).isEqualTo(GUEST_NAME);
        assertThat(read.getBody().path("email").asText()).isEqualTo(GUEST_EMAIL);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(records("viewer", since)).singleElement().satisfies(record ->
                assertRecord(record, "GET /api/v1/guests/{guestId}", "guestId=" + guest, 403));
        List<Map<String, Object>> manager = records("manager", since);
        assertThat(manager).hasSize(2);
        assertRecord(manager.get(0), "GET /api/v1/guests/{guestId}", "guestId=" + guest, 200);
        assertRecord(manager.get(1), "GET /api/v1/guests/{guestId}", "guestId=9300999", 404);
        assertThat(logLine("INFO", "GET /api/v1/guests/{guestId}", 200).path("audit_user").asText())
                .isEqualTo("manager");
        // The trail names the guest by id: it holds no personal data itself.
        assertThat(trailLog.list).noneMatch(event -> event.getFormattedMessage().contains(GUEST_NAME));
    }

    /**
     * Every answer the API documents, walked for fields that could hold personal data (those of
     * {@link PersonalData}, or any naming a guest other than by id): only the guest endpoint's has them.
     */
    @Test
    void onlyTheGuestEndpointAnswersWithPersonalData() {
        JsonNode document = rest.getForObject("/v3/api-docs", JsonNode.class);
        Set<String> personal = Arrays.stream(PersonalData.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        Map<String, List<String>> found = new TreeMap<>();
        document.path("components").path("schemas").fields().forEachRemaining(schema ->
                schema.getValue().path("properties").fieldNames().forEachRemaining(property -> {
                    if (personal.contains(property) || property.startsWith("guest") && !property.equals("guestId")) {
                        found.computeIfAbsent(schema.getKey(), key -> new ArrayList<>()).add(property);
                    }
                }));
        // A hotel's, a processor's and a legacy column's name are not a person's.
        assertThat(found).isEqualTo(Map.of("GuestView", List.of("name", "email"),
                "HotelView", List.of("name"), "ProcessorView", List.of("name"), "LegacyColumn", List.of("name")));
        List<String> answeringWithGuests = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            if (path.getValue().toString().contains("#/components/schemas/GuestView")) {
                answeringWithGuests.add(path.getKey());
            }
        });
        assertThat(answeringWithGuests).containsExactly("/api/v1/guests/{guestId}");
    }

    @Test
    void noPersonalDataLeavesWhenItsReadCannotBeRecorded() {
        long guest = 7_400_001L;
        guestWithReservation(guest, 7_400_101L);
        long since = lastId();
        ResponseEntity<String> read;
        jdbc.execute("alter table audit.audit_record rename to audit_record_offline");
        try {
            read = rest.withBasicAuth("manager", "manager").getForEntity("/api/v1/guests/" + guest, String.class);
        } finally {
            jdbc.execute("alter table audit.audit_record_offline rename to audit_record");
        }

        assertThat(read.getStatusCode().value()).isEqualTo(500);
        assertThat(String.valueOf(read.getBody())).doesNotContain(GUEST_NAME).doesNotContain(GUEST_EMAIL);
        JsonNode notStored = logLine("ERROR", "GET /api/v1/guests/{guestId}", 200);
        assertThat(notStored.path("message").asText()).startsWith("Audit record not stored");
        assertThat(notStored.path("audit_target").asText()).isEqualTo("guestId=" + guest);
        assertThat(records("manager", since)).isEmpty();
    }

    @Test
    void operatorsListTheTrailNewestFirstByUserAndTime() {
        for (String processor : List.of("reservations", "room_board", "guests")) {
            post("operator", "/api/v1/processors/" + processor + "/resume");
        }
        get("manager", "/api/v1/guests/9500001");

        JsonNode all = get("operator", "/api/v1/audit?size=500").getBody();
        List<Instant> times = new ArrayList<>();
        all.path("items").forEach(item -> times.add(Instant.parse(item.path("occurredAt").asText())));
        assertThat(times).hasSizeGreaterThanOrEqualTo(4).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(all.path("more").asBoolean()).isFalse();

        JsonNode byOperator = get("operator", "/api/v1/audit?user=operator&size=2").getBody();
        assertThat(byOperator.path("items")).hasSize(2)
                .allSatisfy(item -> assertThat(item.path("user").asText()).isEqualTo("operator"));
        assertThat(byOperator.path("items").get(0).path("target").asText()).isEqualTo("name=guests");
        assertThat(byOperator.path("items").get(0).path("application").asText()).isEqualTo("mirante-query");
        assertThat(byOperator.path("more").asBoolean()).isTrue();
        JsonNode secondPage = get("operator", "/api/v1/audit?user=operator&size=2&page=1").getBody();
        assertThat(secondPage.path("items").get(0).path("target").asText()).isEqualTo("name=reservations");

        Instant roomBoard = Instant.parse(byOperator.path("items").get(1).path("occurredAt").asText());
        JsonNode from = get("operator", UriComponentsBuilder.fromPath("/api/v1/audit").queryParam("user", "operator")
                .queryParam("from", roomBoard).build().encode().toUri()).getBody();
        assertThat(from.path("items")).extracting(item -> item.path("target").asText())
                .containsExactly("name=guests", "name=room_board");
        JsonNode until = get("operator", UriComponentsBuilder.fromPath("/api/v1/audit").queryParam("user", "operator")
                .queryParam("to", roomBoard).build().encode().toUri()).getBody();
        assertThat(until.path("items")).extracting(item -> item.path("target").asText())
                .contains("name=reservations").doesNotContain("name=room_board", "name=guests");

        JsonNode manager = get("operator", "/api/v1/audit?user=manager").getBody();
        assertThat(manager.path("items").get(0).path("action").asText()).isEqualTo("GET /api/v1/guests/{guestId}");
        assertThat(manager.path("items").get(0).path("status").asInt()).isEqualTo(404);
    }

    /** A hostile path is still an attempt to record: PostgreSQL takes no control character in text, so they are replaced. */
    @Test
    void anAttemptWithControlCharactersInItsPathIsRecordedAll() {
        long since = lastId();
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Mirante-Request", "1");
        ResponseEntity<String> refused = rest.withBasicAuth("operator", "operator").exchange(
                URI.create(rest.getRootUri() + "/api/v1/processors/a%01b/pause"), HttpMethod.POST,
                new HttpEntity<>(headers), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(records("operator", since)).singleElement().satisfies(record -> {
            assertThat(record.get("action")).isEqualTo("POST /api/v1/processors/{name}/pause");
            assertThat(record.get("target")).isEqualTo("name=a?b");
            assertThat(((Number) record.get("status")).intValue()).isEqualTo(400);
        });
    }

    @Test
    void theTrailIsForOperatorsOnly() {
        assertThat(get("viewer", "/api/v1/audit").getStatusCode().value()).isEqualTo(403);
        assertThat(get("manager", "/api/v1/audit").getStatusCode().value()).isEqualTo(403);
        assertThat(rest.getForEntity("/api/v1/audit", String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void everyParameterOfTheListIsBounded() {
        List<String> hostile = List.of("from=1899-12-31T23:59:59Z", "to=2200-01-01T00:00:01Z",
                "from=%2B999999999-01-01T00:00:00Z", "to=-999999999-01-01T00:00:00Z", "from=2025-13-01T00:00:00Z",
                "from=yesterday", "from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z", "size=0", "size=501",
                "size=-1", "page=-1", "page=2147483647", "page=99999999999", "page=200&size=500",
                "user=" + "u".repeat(129), "user=", "size=1e3");
        for (String query : hostile) {
            ResponseEntity<JsonNode> answer = rest.withBasicAuth("operator", "operator")
                    .getForEntity(URI.create(rest.getRootUri() + "/api/v1/audit?" + query), JsonNode.class);
            assertThat(answer.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType()).as(query).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.getBody().path("status").asInt()).as(query).isEqualTo(400);
        }
        assertThat(get("operator", "/api/v1/audit?from=1900-01-01T00:00:00Z&to=2200-01-01T00:00:00Z&page=199&size=500")
                .getStatusCode().value()).isEqualTo(200);
    }
}
