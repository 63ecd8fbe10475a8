package com.mirante.query.reservations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.ReservationAmended;
import com.mirante.api.reservation.ReservationCancelled;
import com.mirante.api.reservation.ReservationCheckedIn;
import com.mirante.api.reservation.ReservationConfirmed;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationReinstated;
import com.mirante.api.reservation.ReservationRemoved;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.reservation.ReservationStatusCorrected;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.query.DomainEvents;
import com.mirante.query.QuerySideIntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reservations query model against real PostgreSQL: events appended to the JDBC event store
 * are projected by the pooled processor and read back through the REST API.
 */
@QuerySideIntegrationTest
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
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ReservationRows rows;

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
        publish(id, new ReservationPlaced(id, details("BEL01", "BEL01-2025-000042", LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 4)), ReservationStatus.CONFIRMED, null, source(id)));

        JsonNode reservation = awaitReservation(id, "CONFIRMED");

        assertThat(reservation).isEqualTo(json.readTree("""
                {"reservationId":5100001,"number":"BEL01-2025-000042","hotelId":"BEL01","guestId":77001,
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
        JsonNode pastTheEnd = get("/api/v1/reservations?hotelId=RJC02&page=3&size=2").getBody();
        assertThat(pastTheEnd.path("items")).isEmpty();
        assertThat(pastTheEnd.path("total").asLong()).isEqualTo(5);
        JsonNode full = get("/api/v1/reservations?hotelId=RJC02&size=4").getBody();
        assertThat(full.path("items").findValuesAsText("number")).containsExactly("RJC02-2025-000500",
                "RJC02-2025-000501", "RJC02-2025-000502", "RJC02-2025-000503");
        assertThat(full.path("total").asLong()).isEqualTo(5);
    }

    /** Every column goes in through the batched upsert and comes back as the same row, nulls included. */
    @Test
    void aRowWrittenIsReadBackIdentical() {
        ReservationRow full = new ReservationRow(5_300_001L, details("POA01", "POA01-2025-000001",
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 3)), ReservationStatus.CANCELLED,
                LocalDateTime.of(2025, 6, 1, 8, 30, 15), "Desistiu");
        ReservationRow sparse = new ReservationRow(5_300_002L, new ReservationDetails("POA01-2025-000002", "POA01",
                null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2), 1, 0, null, null, null, null, null, null,
                true, null), ReservationStatus.PENDING, null, null);

        rows.write(new ReservationBatch.Outcome(new TreeMap<>(Map.of(full.reservationId(), full,
                sparse.reservationId(), sparse)), List.of()));

        assertThat(rows.read(List.of(full.reservationId(), sparse.reservationId(), 5_300_003L)))
                .isEqualTo(Map.of(full.reservationId(), full, sparse.reservationId(), sparse));
        assertThat(rows.find(full.reservationId())).contains(full);
        rows.write(new ReservationBatch.Outcome(new TreeMap<>(), List.of(sparse.reservationId())));
        assertThat(rows.find(sparse.reservationId())).isEmpty();
        assertThat(rows.find(full.reservationId())).contains(full);
        rows.write(new ReservationBatch.Outcome(new TreeMap<>(), List.of(full.reservationId())));
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

    /**
     * Events appended while the processor is stopped reach it together, in one batch: each
     * reservation's events must apply in their order, whatever the model held before.
     */
    @Test
    void theEventsOfOneBatchApplyInOrder() {
        long again = 5_400_001L;
        long held = 5_400_002L;
        long gone = 5_400_003L;
        long unknown = 5_400_004L;
        Cancellation cancellation = new Cancellation(LocalDateTime.of(2025, 9, 2, 18, 30), "Mudou de planos");
        publish(held, new ReservationPlaced(held, details("SPA01", "SPA01-2025-009202", LocalDate.of(2025, 9, 10),
                LocalDate.of(2025, 9, 12)), ReservationStatus.CONFIRMED, null, source(held)));
        publish(gone, new ReservationPlaced(gone, details("SPA01", "SPA01-2025-009203", LocalDate.of(2025, 9, 10),
                LocalDate.of(2025, 9, 12)), ReservationStatus.PENDING, null, source(gone)));
        awaitReservation(held, "CONFIRMED");
        awaitReservation(gone, "PENDING");
        StreamingEventProcessor processor = processing
                .eventProcessor(ReservationsProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();

        ReservationDetails first = details("SPA01", "SPA01-2025-009201", LocalDate.of(2025, 9, 10),
                LocalDate.of(2025, 9, 12));
        publish(again, new ReservationAmended(again, first, source(again)));
        publish(again, new ReservationPlaced(again, first, ReservationStatus.PENDING, null, source(again)));
        publish(again, new ReservationAmended(again, details("SPA01", "SPA01-2025-009201", LocalDate.of(2025, 9, 10),
                LocalDate.of(2025, 9, 13)), source(again)));
        publish(again, new ReservationConfirmed(again, source(again)));
        publish(again, new ReservationCancelled(again, cancellation, source(again)));
        publish(again, new ReservationReinstated(again, ReservationStatus.CONFIRMED, source(again)));
        publish(again, new ReservationRemoved(again, source(again)));
        publish(again, new ReservationPlaced(again, details("SPA01", "SPA01-2025-009299", LocalDate.of(2025, 9, 11),
                LocalDate.of(2025, 9, 15)), ReservationStatus.CONFIRMED, null, source(again)));
        publish(again, new ReservationCheckedIn(again, source(again)));
        publish(held, new ReservationCheckedIn(held, source(held)));
        publish(held, new ReservationStatusCorrected(held, ReservationStatus.IN_HOUSE, ReservationStatus.CONFIRMED,
                source(held)));
        publish(held, new ReservationCancelled(held, cancellation, source(held)));
        publish(gone, new ReservationConfirmed(gone, source(gone)));
        publish(gone, new ReservationRemoved(gone, source(gone)));
        publish(unknown, new ReservationCancelled(unknown, cancellation, source(unknown)));
        publish(unknown, new ReservationReinstated(unknown, ReservationStatus.CONFIRMED, source(unknown)));
        processor.start();

        JsonNode placedAgain = awaitReservation(again, "IN_HOUSE");
        await().atMost(PROJECTED).until(() -> !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(segment -> segment.isCaughtUp()));
        await().atMost(PROJECTED).until(() -> get("/api/v1/reservations/" + gone).getStatusCode(),
                status -> status == HttpStatus.NOT_FOUND);

        assertThat(placedAgain.path("number").asText()).isEqualTo("SPA01-2025-009299");
        assertThat(placedAgain.path("nights").asInt()).isEqualTo(4);
        assertThat(awaitReservation(held, "CANCELLED").path("number").asText()).isEqualTo("SPA01-2025-009202");
        assertThat(get("/api/v1/reservations/" + unknown).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(row(again)).isEqualTo(Map.of("adults", 2, "children", 1, "rate_plan", "PROMO-FDS",
                "nightly_rate", new BigDecimal("410.50"), "guaranteed", false, "booked_at", "2025-01-10 21:05:30",
                "cancelled_at", "none", "cancellation_reason", "none"));
        assertThat(row(held)).containsEntry("cancelled_at", "2025-09-02 18:30:00")
                .containsEntry("cancellation_reason", "Mudou de planos");
    }

    /** The columns the API does not show, as the projection wrote them. */
    private Map<String, Object> row(long id) {
        return jdbc.sql("""
                        SELECT CAST(adults AS INTEGER) AS adults, CAST(children AS INTEGER) AS children, rate_plan,
                               nightly_rate, guaranteed, to_char(booked_at_local, 'YYYY-MM-DD HH24:MI:SS') AS booked_at,
                               coalesce(to_char(cancelled_at_local, 'YYYY-MM-DD HH24:MI:SS'), 'none') AS cancelled_at,
                               coalesce(cancellation_reason, 'none') AS cancellation_reason
                        FROM query_model.reservations WHERE reservation_id = :id""")
                .param("id", id).query().singleRow();
    }
}
