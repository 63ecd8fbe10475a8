package com.mirante.query.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.api.guest.GuestErased;
import com.mirante.api.guest.GuestIds;
import com.mirante.api.guest.GuestLoyaltyTierChanged;
import com.mirante.api.guest.GuestMarketingConsentChanged;
import com.mirante.api.guest.GuestProfileUpdated;
import com.mirante.api.guest.GuestRegistered;
import com.mirante.api.guest.PersonalData;
import com.mirante.api.guest.PersonalDataVault;
import com.mirante.api.guest.SealedPersonalData;
import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.ReservationAmended;
import com.mirante.api.reservation.ReservationCancelled;
import com.mirante.api.reservation.ReservationCheckedIn;
import com.mirante.api.reservation.ReservationCheckedOut;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationIds;
import com.mirante.api.reservation.ReservationPlaced;
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
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The guests query model against real PostgreSQL: guest events sealed by the real vault and
 * reservation events are projected by the pooled processor and read back through the REST API.
 */
@QuerySideIntegrationTest
class GuestsIntegrationTest {

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
    private PersonalDataVault vault;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private GuestTables tables;

    private static SourcePosition source(String table, long id) {
        return new SourcePosition(table, Long.toString(id), SourceOperation.INSERT, 1L, 1L, null, null, 1L);
    }

    private static ReservationDetails details(long guestId, LocalDate arrival, LocalDate departure, String total) {
        return new ReservationDetails("SPA01-" + arrival, "SPA01", guestId, arrival, departure, 2, 0, "STD", "BAR",
                new BigDecimal("100.00"), new BigDecimal(total), "BRL", "SITE", false,
                LocalDateTime.of(2025, 1, 10, 9, 0));
    }

    private void register(long guestId, String name, String email) {
        DomainEvents.publish(eventStore, "Guest", GuestIds.aggregateId(guestId), new GuestRegistered(guestId,
                vault.seal(guestId, new PersonalData(name, "123.456.789-09", null, LocalDate.of(1980, 5, 17), email,
                        "+55 11 99999-0000")),
                "Campinas", "SP", "BR", false, "PRATA", LocalDateTime.of(2024, 11, 2, 14, 30), source("crm.hospede",
                guestId)));
    }

    private void publishGuest(long guestId, Object event) {
        DomainEvents.publish(eventStore, "Guest", GuestIds.aggregateId(guestId), event);
    }

    private void publishReservation(long reservationId, Object event) {
        DomainEvents.publish(eventStore, "Reservation", ReservationIds.aggregateId(reservationId), event);
    }

    private ResponseEntity<JsonNode> get(String path) {
        return rest.withBasicAuth("manager", "manager").getForEntity(path, JsonNode.class);
    }

    private JsonNode awaitGuest(long guestId, String field, String value) {
        return await().atMost(PROJECTED).until(() -> get("/api/v1/guests/" + guestId),
                response -> response.getStatusCode() == HttpStatus.OK
                        && value.equals(response.getBody().path(field).asText())).getBody();
    }

    private void awaitNotFound(long guestId) {
        await().atMost(PROJECTED).until(() -> get("/api/v1/guests/" + guestId).getStatusCode(),
                status -> status == HttpStatus.NOT_FOUND);
        assertProblem(get("/api/v1/guests/" + guestId), 404);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, int status) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("status").asInt()).isEqualTo(status);
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(GuestsProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }

    private StreamingEventProcessor replay() {
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        // Right after the reset the processor reports no segments until it claims them again.
        await().atMost(PROJECTED).until(() -> !processor.processingStatus().isEmpty() && !processor.isReplaying()
                && processor.processingStatus().values().stream().allMatch(segment -> segment.isCaughtUp()));
        return processor;
    }

    @Test
    void aGuestIsServedWithTheProfileAndTheStayFigures() throws Exception {
        long guest = 9_100_001L;
        register(guest, "Ana Souza", "ana.souza@example.com");
        publishGuest(guest, new GuestProfileUpdated(guest, vault.seal(guest, new PersonalData("Ana Souza Lima",
                null, null, null, "ana.lima@example.com", null)), "Santos", "SP", "BR", source("crm.hospede", guest)));
        publishGuest(guest, new GuestLoyaltyTierChanged(guest, "PRATA", "OURO", source("crm.hospede", guest)));
        publishGuest(guest, new GuestMarketingConsentChanged(guest, true, source("crm.hospede", guest)));

        // Checked out: 3 nights, amended to 4 nights and 1200.50; counts as a stay and as value.
        long first = 9_100_101L;
        publishReservation(first, new ReservationPlaced(first, details(guest, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 4), "900.00"), ReservationStatus.CONFIRMED, null, source("reservas.reserva", first)));
        publishReservation(first, new ReservationCheckedIn(first, source("reservas.reserva", first)));
        publishReservation(first, new ReservationAmended(first, details(guest, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 5), "1200.50"), source("reservas.reserva", first)));
        publishReservation(first, new ReservationCheckedOut(first, source("reservas.reserva", first)));
        // Placed already checked out by a full load: 2 nights and 350.25.
        long second = 9_100_102L;
        publishReservation(second, new ReservationPlaced(second, details(guest, LocalDate.of(2025, 5, 10),
                LocalDate.of(2025, 5, 12), "350.25"), ReservationStatus.CHECKED_OUT, null,
                source("reservas.reserva", second)));
        // In house: 1 night, a stay but not yet value.
        long third = 9_100_103L;
        publishReservation(third, new ReservationPlaced(third, details(guest, LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 2), "99.99"), ReservationStatus.IN_HOUSE, null, source("reservas.reserva", third)));
        // A check-in undone by the front desk: no longer a stay.
        long corrected = 9_100_104L;
        publishReservation(corrected, new ReservationPlaced(corrected, details(guest, LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 8), "700.00"), ReservationStatus.IN_HOUSE, null,
                source("reservas.reserva", corrected)));
        publishReservation(corrected, new ReservationStatusCorrected(corrected, ReservationStatus.IN_HOUSE,
                ReservationStatus.CONFIRMED, source("reservas.reserva", corrected)));
        // Cancelled, removed, or moved to another guest: none of them counts.
        long cancelled = 9_100_105L;
        publishReservation(cancelled, new ReservationPlaced(cancelled, details(guest, LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 8, 3), "200.00"), ReservationStatus.CONFIRMED, null,
                source("reservas.reserva", cancelled)));
        publishReservation(cancelled, new ReservationCancelled(cancelled,
                new Cancellation(LocalDateTime.of(2025, 7, 20, 10, 0), "Desistiu"), source("reservas.reserva", cancelled)));
        long removed = 9_100_106L;
        publishReservation(removed, new ReservationPlaced(removed, details(guest, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 3), "200.00"), ReservationStatus.CHECKED_OUT, null,
                source("reservas.reserva", removed)));
        publishReservation(removed, new ReservationRemoved(removed, source("reservas.reserva", removed)));
        long moved = 9_100_107L;
        publishReservation(moved, new ReservationPlaced(moved, details(guest, LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 10, 3), "200.00"), ReservationStatus.CHECKED_OUT, null,
                source("reservas.reserva", moved)));
        publishReservation(moved, new ReservationAmended(moved, details(9_100_999L, LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 10, 3), "200.00"), source("reservas.reserva", moved)));
        // A status change of a reservation this model never saw is ignored, not a failure.
        publishReservation(9_100_199L, new ReservationCheckedOut(9_100_199L, source("reservas.reserva", 9_100_199L)));

        JsonNode expected = json.readTree("""
                {"guestId":9100001,"name":"Ana Souza Lima","email":"ana.lima@example.com","city":"Santos",
                 "state":"SP","country":"BR","loyaltyTier":"OURO","marketingConsent":true,
                 "stays":3,"nights":7,"lifetimeValue":1550.75}""");
        await().atMost(PROJECTED).until(() -> get("/api/v1/guests/" + guest).getBody(), expected::equals);

        replay();
        assertThat(await().atMost(PROJECTED).until(() -> get("/api/v1/guests/" + guest).getBody(), expected::equals))
                .as("after a replay").isEqualTo(expected);
    }

    @Test
    void anErasedGuestIsNotFoundAndLeavesNoPersonalDataAlsoAfterAReplay() {
        long guest = 9_200_001L;
        register(guest, "Bruno Erasmo Tavares", "bruno.tavares@example.com");
        long reservation = 9_200_101L;
        publishReservation(reservation, new ReservationPlaced(reservation, details(guest, LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 4, 3), "480.00"), ReservationStatus.CHECKED_OUT, null,
                source("reservas.reserva", reservation)));
        awaitGuest(guest, "stays", "1");
        assertThat(get("/api/v1/guests/" + guest).getBody().path("email").asText())
                .isEqualTo("bruno.tavares@example.com");

        // As the command side erases: the key is shredded, then the erasure is recorded.
        vault.shred(guest);
        assertProblem(get("/api/v1/guests/" + guest), 404);
        publishGuest(guest, new GuestErased(guest, source("crm.hospede", guest)));

        awaitNotFound(guest);
        await().atMost(PROJECTED).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM query_model.guests WHERE guest_id = ?", Long.class, guest) == 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM query_model.guest_reservations WHERE guest_id = ?",
                Long.class, guest)).isZero();
        assertNoColumnHolds("Bruno Erasmo Tavares");
        assertNoColumnHolds("bruno.tavares@example.com");

        replay();
        awaitNotFound(guest);
        assertNoColumnHolds("Bruno Erasmo Tavares");
        assertNoColumnHolds("bruno.tavares@example.com");
    }

    /**
     * The events are appended while the processor is stopped, so that it tends to handle them in one
     * batch, and the replay handles them among the whole history in batches of its own: however the
     * batches fall, the erasure removes the reservation recorded before it and keeps the one after it.
     */
    @Test
    void anErasureInTheMiddleOfABatchRemovesOnlyWhatWasRecordedBeforeIt() {
        long guest = 9_400_001L;
        long earlier = 9_400_101L;
        long later = 9_400_102L;
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        try {
            register(guest, "Dora Ventura Lisboa", "dora.lisboa@example.com");
            publishReservation(earlier, new ReservationPlaced(earlier, details(guest, LocalDate.of(2025, 4, 1),
                    LocalDate.of(2025, 4, 3), "480.00"), ReservationStatus.CHECKED_OUT, null,
                    source("reservas.reserva", earlier)));
            vault.shred(guest);
            publishGuest(guest, new GuestErased(guest, source("crm.hospede", guest)));
            // The erased reservation is no longer held: a later change to it must not bring it back.
            publishReservation(earlier, new ReservationCheckedIn(earlier, source("reservas.reserva", earlier)));
            publishReservation(later, new ReservationPlaced(later, details(guest, LocalDate.of(2025, 5, 1),
                    LocalDate.of(2025, 5, 2), "120.00"), ReservationStatus.CONFIRMED, null,
                    source("reservas.reserva", later)));
        } finally {
            processor.start();
        }

        // The later reservation is the last event: once it is there, the whole history is.
        await().atMost(PROJECTED).until(() -> reservationsOf(guest), rows -> rows.contains(later));
        assertErasedBeforeTheLaterReservation(guest, later);

        replay();
        assertErasedBeforeTheLaterReservation(guest, later);
    }

    private List<Long> reservationsOf(long guest) {
        return jdbc.queryForList("SELECT reservation_id FROM query_model.guest_reservations WHERE guest_id = ?"
                + " ORDER BY reservation_id", Long.class, guest);
    }

    private void assertErasedBeforeTheLaterReservation(long guest, long later) {
        assertThat(reservationsOf(guest)).containsExactly(later);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM query_model.guests WHERE guest_id = ?", Long.class,
                guest)).isZero();
        assertProblem(get("/api/v1/guests/" + guest), 404);
        assertNoColumnHolds("Dora Ventura Lisboa");
        assertNoColumnHolds("dora.lisboa@example.com");
    }

    @Test
    void aGuestWithoutStaysHasZeroFigures() {
        long guest = 9_300_001L;
        register(guest, "Carla Dias", null);

        JsonNode served = awaitGuest(guest, "name", "Carla Dias");

        assertThat(served.path("email").isNull()).isTrue();
        assertThat(served.path("stays").asLong()).isZero();
        assertThat(served.path("nights").asLong()).isZero();
        assertThat(served.path("lifetimeValue").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void unknownAndMalformedGuestsAreProblems() {
        assertProblem(get("/api/v1/guests/9399999"), 404);
        assertProblem(get("/api/v1/guests/not-a-number"), 400);
    }

    /** Every text-like column of every query model table, searched for the value. */
    private void assertNoColumnHolds(String value) {
        var columns = jdbc.queryForList("""
                SELECT table_name, column_name FROM information_schema.columns
                 WHERE table_schema = 'query_model' AND data_type IN ('character varying', 'text', 'character')""");
        assertThat(columns).isNotEmpty();
        for (var column : columns) {
            String sql = "SELECT COUNT(*) FROM query_model.\"" + column.get("table_name") + "\" WHERE \""
                    + column.get("column_name") + "\" ILIKE ?";
            assertThat(jdbc.queryForObject(sql, Long.class, "%" + value + "%")).as(column.toString()).isZero();
        }
    }

    /** Every column of both tables goes in through the batched upsert and comes back as it went, nulls included. */
    @Test
    void rowsWrittenAreReadBackIdentical() {
        GuestEntry guest = new GuestEntry(9_300_001L);
        guest.describe(new SealedPersonalData("sealed-9300001"), "Olinda", "PE", "BR");
        guest.moveToTier("OURO");
        guest.consentToMarketing(true);
        GuestEntry bare = new GuestEntry(9_300_002L);
        GuestReservationEntry stay = new GuestReservationEntry(9_400_001L, guest.getGuestId(), 3,
                new BigDecimal("300.00"), true, true);
        GuestReservationEntry unassigned = new GuestReservationEntry(9_400_002L, null, 0, null, false, false);

        tables.write(new GuestBatch.Writes(List.of(guest, bare), List.of(), List.of(stay, unassigned), List.of()));

        assertThat(tables.guests(List.of(guest.getGuestId(), bare.getGuestId(), 9_300_003L)))
                .usingRecursiveComparison().isEqualTo(Map.of(guest.getGuestId(), guest, bare.getGuestId(), bare));
        assertThat(tables.guest(guest.getGuestId())).get().usingRecursiveComparison().isEqualTo(guest);
        assertThat(tables.reservations(List.of(unassigned.getReservationId()), List.of(guest.getGuestId())))
                .usingRecursiveComparison()
                .isEqualTo(Map.of(stay.getReservationId(), stay, unassigned.getReservationId(), unassigned));
        assertThat(tables.staysOf(guest.getGuestId())).isEqualTo(new GuestStays(1, 3, new BigDecimal("300.00")));

        tables.write(new GuestBatch.Writes(List.of(), List.of(bare.getGuestId()), List.of(),
                List.of(unassigned.getReservationId())));
        assertThat(tables.guest(bare.getGuestId())).isEmpty();
        assertThat(tables.reservations(List.of(unassigned.getReservationId()), List.of())).isEmpty();
        assertThat(tables.guest(guest.getGuestId())).isPresent();
        tables.write(new GuestBatch.Writes(List.of(), List.of(guest.getGuestId()), List.of(),
                List.of(stay.getReservationId())));
    }
}
