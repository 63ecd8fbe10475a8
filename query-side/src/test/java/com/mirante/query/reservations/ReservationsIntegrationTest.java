package com.mirante.query.reservations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.ReservationAmended;
import com.mirante.api.reservation.ReservationCancelled;
import com.mirante.api.reservation.ReservationCheckedIn;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationRemoved;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.query.DomainEvents;
import com.mirante.query.QueryApplication;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The reservations query model against real PostgreSQL: events appended to the JDBC event store
 * are projected by the pooled processor and read back through the REST API.
 */
@SpringBootTest(classes = QueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryApplication.CONFIG_NAME)
@ActiveProfiles("local")
class ReservationsIntegrationTest {

    private static final Duration PROJECTED = Duration.ofSeconds(10);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ObjectMapper json;


    private static ReservationDetails details(String hotel, String number, LocalDate arrival, LocalDate departure) {
        return new ReservationDetails(number, hotel, 77_001L, arrival, departure, 2, 1, "FAM", "PROMO-FDS",
                new BigDecimal("410.50"), new BigDecimal("1231.50"), "BRL", "APP", false,
                LocalDateTime.of(2025, 1, 10, 21, 5, 30));
    }

    private static SourcePosition source(long id) {
        return new SourcePosition("reservas.reserva", Long.toString(id), SourceOperation.INSERT, 1L, 1L, null, null, 1L);
    }

    private void publish(long reservationId, Object event) {
        DomainEvents.publish(eventStore, "Reservation", ReservationIds.aggregateId(reservationId), event);
    }

    private ResponseEntity<JsonNode> get(String path) {
        return rest.withBasicAuth("viewer", "viewer").getForEntity(path, JsonNode.class);
    }

    private JsonNode awaitReservation(long id, String status) {
        return await().atMost(PROJECTED).until(() -> get("/api/v1/reservations/" + id),
                response -> response.getStatusCode() == HttpStatus.OK
                        && status.equals(response.getBody().path("status").asText())).getBody();
    }

    @Test
    void aPlacedReservationIsServedWithExactlyTheContractedFields() throws Exception {
        long id = 5_100_001L;
        publish(id, new ReservationPlaced(id, details("MAO01", "MAO01-2025-000042", LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 4)), ReservationStatus.CONFIRMED, null, source(id)));

        JsonNode reservation = awaitReservation(id, "CONFIRMED");

        assertThat(reservation).isEqualTo(json.readTree("""
                {"reservationId":5100001,"number":"MAO01-2025-000042","hotelId":"MAO01","guestId":77001,
                 "arrival":"2025-02-01","departure":"2025-02-04","nights":3,"status":"CONFIRMED","channel":"APP",
                 "roomType":"FAM","totalAmount":1231.50,"currency":"BRL","bookedAt":"2025-01-11T00:05:30Z"}"""));
    }

    @Test
    void amendmentsAndStatusChangesUpdateTheReservation() {
        long id = 5_100_002L;
        publish(id, new ReservationPlaced(id, details("SPA01", "SPA01-2025-009001", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 3)), ReservationStatus.CONFIRMED, null, source(id)));
        publish(id, new ReservationAmended(id, details("SPA01", "SPA01-2025-009001", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 6)), source(id)));
        publish(id, new ReservationCheckedIn(id, source(id)));

        JsonNode reservation = awaitReservation(id, "IN_HOUSE");

        assertThat(reservation.path("departure").asText()).isEqualTo("2025-03-06");
        assertThat(reservation.path("nights").asInt()).isEqualTo(5);
    }

    @Test
    void aRemovedReservationIsNoLongerFound() {
        long id = 5_100_003L;
        publish(id, new ReservationPlaced(id, details("SPA01", "SPA01-2025-009002", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 3)), ReservationStatus.PENDING, null, source(id)));
        awaitReservation(id, "PENDING");

        publish(id, new ReservationRemoved(id, source(id)));

        await().atMost(PROJECTED).until(() -> get("/api/v1/reservations/" + id).getStatusCode(),
                status -> status == HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> response = get("/api/v1/reservations/" + id);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("status").asInt()).isEqualTo(404);
    }

    @Test
    void theListFiltersByHotelStatusAndArrivalAndPages() {
        long first = 5_200_001L;
        for (int i = 0; i < 5; i++) {
            long id = first + i;
            publish(id, new ReservationPlaced(id, details("RJC02", "RJC02-2025-00050" + i, LocalDate.of(2025, 6, 1 + i),
                    LocalDate.of(2025, 6, 10)), ReservationStatus.CONFIRMED, null, source(id)));
        }
        publish(first + 4, new ReservationCancelled(first + 4,
                new Cancellation(LocalDateTime.of(2025, 5, 2, 10, 0), "Desistiu"), source(first + 4)));
        awaitReservation(first + 4, "CANCELLED");

        JsonNode page = get("/api/v1/reservations?hotelId=RJC02&status=CONFIRMED&arrivalFrom=2025-06-02"
                + "&arrivalTo=2025-06-05&page=1&size=2").getBody();

        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("items").findValuesAsText("number")).containsExactly("RJC02-2025-000503");
    }

    @Test
    void badParametersAreAProblemNotAnError() {
        for (String query : List.of("size=501", "size=0", "page=-1", "status=OPEN", "arrivalFrom=2025-13-01",
                "arrivalFrom=2025-06-05&arrivalTo=2025-06-01")) {
            ResponseEntity<JsonNode> response = get("/api/v1/reservations?" + query);

            assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).as(query).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(get("/api/v1/reservations/not-a-number").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void readsNeedTheViewerRole() {
        assertThat(rest.getForEntity("/api/v1/reservations", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("viewer", "wrong").getForEntity("/api/v1/reservations", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aReplayRebuildsTheSameModel() {
        long id = 5_300_001L;
        publish(id, new ReservationPlaced(id, details("SPA01", "SPA01-2025-009100", LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 8, 2)), ReservationStatus.CONFIRMED, null, source(id)));
        JsonNode before = awaitReservation(id, "CONFIRMED");
        StreamingEventProcessor processor = processing
                .eventProcessor(ReservationsProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        processor.start();

        // Right after start() the status map can still be empty (all segments "caught up"): wait for the
        // rebuilt reservation itself, which the reset removed.
        await().atMost(PROJECTED).until(() -> before.equals(get("/api/v1/reservations/" + id).getBody()));
    }
}
