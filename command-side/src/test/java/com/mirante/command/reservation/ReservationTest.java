package com.mirante.command.reservation;

import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.RecordReservation;
import com.mirante.api.reservation.RemoveReservation;
import com.mirante.api.reservation.ReservationAmended;
import com.mirante.api.reservation.ReservationCancelled;
import com.mirante.api.reservation.ReservationChangeWithoutEffect;
import com.mirante.api.reservation.ReservationCheckedIn;
import com.mirante.api.reservation.ReservationCheckedOut;
import com.mirante.api.reservation.ReservationConfirmed;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationMarkedNoShow;
import com.mirante.api.reservation.ReservationPlaced;
import com.mirante.api.reservation.ReservationReinstated;
import com.mirante.api.reservation.ReservationRemoved;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.api.reservation.ReservationStatusCorrected;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final long ID = 2_004_117L;
    private static final ReservationDetails BOOKED = new ReservationDetails("RJC02-2025-000311", "RJC02", 451_230L,
            LocalDate.of(2025, 7, 4), LocalDate.of(2025, 7, 7), 2, 0, "STD", "BAR", new BigDecimal("540.00"),
            new BigDecimal("1620.00"), "BRL", "BOOKING", true, LocalDateTime.of(2025, 5, 20, 9, 15, 2));
    private static final Cancellation CANCELLATION =
            new Cancellation(LocalDateTime.of(2025, 6, 1, 18, 40), "Mudou de planos");

    private AggregateTestFixture<Reservation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Reservation.class);
    }

    private static SourcePosition change(SourceOperation operation, long rowVersion) {
        String lsn = "00000B12/%08X.2.00000B12/%08X".formatted(rowVersion, rowVersion);
        return new SourcePosition("reservas.reserva", Long.toString(ID), operation, 9000L + rowVersion, 1L,
                Instant.parse("2025-05-20T12:15:02Z").plusSeconds(rowVersion), lsn, rowVersion);
    }

    private static RecordReservation record(ReservationStatus status, long rowVersion) {
        return record(BOOKED, status, rowVersion);
    }

    private static RecordReservation record(ReservationDetails details, ReservationStatus status, long rowVersion) {
        Cancellation cancellation = status == ReservationStatus.CANCELLED ? CANCELLATION : null;
        return new RecordReservation(ID, details, status, cancellation,
                change(rowVersion == 1 ? SourceOperation.INSERT : SourceOperation.UPDATE, rowVersion));
    }

    private static ReservationPlaced placed(ReservationStatus status) {
        return new ReservationPlaced(ID, BOOKED, status, null, change(SourceOperation.INSERT, 1));
    }

    @Test
    void aNewReservationIsPlaced() {
        fixture.givenNoPriorActivity()
                .when(record(ReservationStatus.PENDING, 1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(placed(ReservationStatus.PENDING));
    }

    @Test
    void pendingToConfirmedIsAConfirmation() {
        fixture.given(placed(ReservationStatus.PENDING))
                .when(record(ReservationStatus.CONFIRMED, 2))
                .expectEvents(new ReservationConfirmed(ID, change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void confirmedToInHouseIsACheckIn() {
        fixture.given(placed(ReservationStatus.CONFIRMED))
                .when(record(ReservationStatus.IN_HOUSE, 2))
                .expectEvents(new ReservationCheckedIn(ID, change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void inHouseToFinishedIsACheckOut() {
        fixture.given(placed(ReservationStatus.IN_HOUSE))
                .when(record(ReservationStatus.CHECKED_OUT, 2))
                .expectEvents(new ReservationCheckedOut(ID, change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void aCancellationCarriesWhenAndWhy() {
        fixture.given(placed(ReservationStatus.CONFIRMED))
                .when(record(ReservationStatus.CANCELLED, 2))
                .expectEvents(new ReservationCancelled(ID, CANCELLATION, change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void aGuestWhoNeverArrivedIsANoShow() {
        fixture.given(placed(ReservationStatus.CONFIRMED))
                .when(record(ReservationStatus.NO_SHOW, 2))
                .expectEvents(new ReservationMarkedNoShow(ID, change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void aCancelledReservationBackOnTheBooksIsReinstated() {
        fixture.given(new ReservationPlaced(ID, BOOKED, ReservationStatus.CANCELLED, CANCELLATION,
                        change(SourceOperation.INSERT, 1)))
                .when(record(ReservationStatus.CONFIRMED, 2))
                .expectEvents(new ReservationReinstated(ID, ReservationStatus.CONFIRMED, change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void anUndoneCheckInIsACorrectionNotACheckIn() {
        fixture.given(placed(ReservationStatus.IN_HOUSE))
                .when(record(ReservationStatus.CONFIRMED, 2))
                .expectEvents(new ReservationStatusCorrected(ID, ReservationStatus.IN_HOUSE, ReservationStatus.CONFIRMED,
                        change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void newDatesAreAnAmendment() {
        ReservationDetails extended = new ReservationDetails("RJC02-2025-000311", "RJC02", 451_230L,
                LocalDate.of(2025, 7, 4), LocalDate.of(2025, 7, 9), 2, 0, "STD", "BAR", new BigDecimal("540.00"),
                new BigDecimal("2700.00"), "BRL", "BOOKING", true, LocalDateTime.of(2025, 5, 20, 9, 15, 2));

        fixture.given(placed(ReservationStatus.CONFIRMED))
                .when(record(extended, ReservationStatus.CONFIRMED, 2))
                .expectEvents(new ReservationAmended(ID, extended, change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void anAmendmentAndACheckInInOneChangeAreBothTold() {
        ReservationDetails upgraded = new ReservationDetails("RJC02-2025-000311", "RJC02", 451_230L,
                LocalDate.of(2025, 7, 4), LocalDate.of(2025, 7, 7), 2, 0, "LXO", "BAR", new BigDecimal("540.00"),
                new BigDecimal("1620.00"), "BRL", "BOOKING", true, LocalDateTime.of(2025, 5, 20, 9, 15, 2));

        fixture.given(placed(ReservationStatus.CONFIRMED))
                .when(record(upgraded, ReservationStatus.IN_HOUSE, 2))
                .expectEvents(new ReservationAmended(ID, upgraded, change(SourceOperation.UPDATE, 2)),
                        new ReservationCheckedIn(ID, change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void aNewerImageWithNoDifferenceIsAChangeWithoutEffect() {
        fixture.given(placed(ReservationStatus.PENDING))
                .when(record(ReservationStatus.PENDING, 2))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReservationChangeWithoutEffect(ID, change(SourceOperation.UPDATE, 2)));
    }

    @Test
    void anImageOlderThanAChangeWithoutEffectProducesNoEvent() {
        // Confirmed at 10, cancelled at 20, confirmed again at 30; 20 arrives last and must not win.
        fixture.given(new ReservationPlaced(ID, BOOKED, ReservationStatus.CONFIRMED, null,
                                change(SourceOperation.UPDATE, 10)),
                        new ReservationChangeWithoutEffect(ID, change(SourceOperation.UPDATE, 30)))
                .when(record(ReservationStatus.CANCELLED, 20))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theSameChangeDeliveredTwiceProducesNoEvent() {
        fixture.given(placed(ReservationStatus.PENDING),
                        new ReservationConfirmed(ID, change(SourceOperation.UPDATE, 2)))
                .when(record(ReservationStatus.CONFIRMED, 2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOlderChangeProducesNoEvent() {
        fixture.given(placed(ReservationStatus.PENDING),
                        new ReservationCancelled(ID, CANCELLATION, change(SourceOperation.UPDATE, 3)))
                .when(record(ReservationStatus.CONFIRMED, 2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOldFullLoadImageArrivingAfterNewerChangesProducesNoEvent() {
        RecordReservation staleLoad = new RecordReservation(ID, BOOKED, ReservationStatus.PENDING, null,
                new SourcePosition("reservas.reserva", Long.toString(ID), SourceOperation.LOAD, null, null, null, null, 1L));

        fixture.given(placed(ReservationStatus.PENDING),
                        new ReservationConfirmed(ID, change(SourceOperation.UPDATE, 2)))
                .when(staleLoad)
                .expectNoEvents();
    }

    @Test
    void anUpdateSeenBeforeItsInsertPlacesTheReservationAndTheInsertIsThenIgnored() {
        fixture.given(new ReservationPlaced(ID, BOOKED, ReservationStatus.CONFIRMED, null, change(SourceOperation.UPDATE, 2)))
                .when(record(ReservationStatus.PENDING, 1))
                .expectNoEvents();
    }

    @Test
    void aDeletedReservationIsRemovedOnce() {
        RemoveReservation delete = new RemoveReservation(ID, change(SourceOperation.DELETE, 2));

        fixture.given(placed(ReservationStatus.PENDING))
                .when(delete)
                .expectEvents(new ReservationRemoved(ID, change(SourceOperation.DELETE, 2)));
        fixture.given(placed(ReservationStatus.PENDING), new ReservationRemoved(ID, change(SourceOperation.DELETE, 2)))
                .when(delete)
                .expectNoEvents();
    }

    @Test
    void changesArrivingAfterTheDeleteAreIgnored() {
        fixture.given(new ReservationRemoved(ID, change(SourceOperation.DELETE, 3)))
                .when(record(ReservationStatus.CONFIRMED, 4))
                .expectNoEvents();
    }
}
