package com.mirante.command.stay;

import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.api.stay.CheckInReinstated;
import com.mirante.api.stay.CheckInVoided;
import com.mirante.api.stay.CheckOutUndone;
import com.mirante.api.stay.GuestCheckedIn;
import com.mirante.api.stay.GuestCheckedOut;
import com.mirante.api.stay.GuestCountChanged;
import com.mirante.api.stay.RecordStay;
import com.mirante.api.stay.RemoveStay;
import com.mirante.api.stay.RoomMoved;
import com.mirante.api.stay.StayChangeWithoutEffect;
import com.mirante.api.stay.StayCorrected;
import com.mirante.api.stay.StayExtended;
import com.mirante.api.stay.StayInvoiceAssigned;
import com.mirante.api.stay.StayRemoved;
import com.mirante.api.stay.StayShortened;
import com.mirante.api.stay.StayStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StayTest {

    private static final long ID = 903_618L;
    private static final long RESERVATION = 3_310_442L;
    private static final String HOTEL = "POA03";
    private static final LocalDateTime CHECK_IN = LocalDateTime.of(2025, 8, 11, 15, 20, 7);
    private static final LocalDateTime CHECK_OUT = LocalDateTime.of(2025, 8, 14, 10, 45, 12);
    private static final LocalDate PLANNED = LocalDate.of(2025, 8, 14);
    private static final long INVOICE = 688_150L;

    private AggregateTestFixture<Stay> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Stay.class);
    }

    /** A captured change; a higher {@code commit} is a later commit position (the table has no row version). */
    private static SourcePosition change(SourceOperation operation, long commit) {
        String lsn = "00000C40/%08X.2.00000C40/%08X".formatted(commit, commit);
        return new SourcePosition("recepcao.hospedagem", Long.toString(ID), operation, 7000L + commit, 1L,
                Instant.parse("2025-08-11T18:20:07Z").plusSeconds(commit), lsn, null);
    }

    private static SourcePosition fullLoad() {
        return new SourcePosition("recepcao.hospedagem", Long.toString(ID), SourceOperation.LOAD,
                null, null, null, null, null);
    }

    private static SourcePosition update(long commit) {
        return change(SourceOperation.UPDATE, commit);
    }

    /** The row as checked in: in house in room 0612, two guests. */
    private static StayRow row() {
        return new StayRow(RESERVATION, HOTEL, "0612", CHECK_IN, null, PLANNED, 2, INVOICE, StayStatus.IN_HOUSE);
    }

    private static GuestCheckedIn checkedIn(StayStatus status, LocalDateTime checkedOutAt) {
        return new GuestCheckedIn(ID, RESERVATION, HOTEL, "0612", CHECK_IN, PLANNED, 2, INVOICE, status,
                checkedOutAt, change(SourceOperation.INSERT, 1));
    }

    private static GuestCheckedIn checkedIn() {
        return checkedIn(StayStatus.IN_HOUSE, null);
    }

    @Test
    void aNewStayIsACheckIn() {
        fixture.givenNoPriorActivity()
                .when(row().record(change(SourceOperation.INSERT, 1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(checkedIn());
    }

    @Test
    void aWalkInHasNoReservation() {
        StayRow walkIn = row().withReservation(null);

        fixture.givenNoPriorActivity()
                .when(walkIn.record(change(SourceOperation.INSERT, 1)))
                .expectEvents(new GuestCheckedIn(ID, null, HOTEL, "0612", CHECK_IN, PLANNED, 2, INVOICE,
                        StayStatus.IN_HOUSE, null, change(SourceOperation.INSERT, 1)));
    }

    @Test
    void aStayFirstSeenCheckedOutCarriesItsCheckOutTime() {
        fixture.givenNoPriorActivity()
                .when(row().checkedOut(CHECK_OUT).record(fullLoad()))
                .expectEvents(new GuestCheckedIn(ID, RESERVATION, HOTEL, "0612", CHECK_IN, PLANNED, 2, INVOICE,
                        StayStatus.CHECKED_OUT, CHECK_OUT, fullLoad()));
    }

    @Test
    void aStayFirstSeenVoidedIsToldAsVoided() {
        fixture.givenNoPriorActivity()
                .when(row().withStatus(StayStatus.VOIDED).record(update(2)))
                .expectEvents(new GuestCheckedIn(ID, RESERVATION, HOTEL, "0612", CHECK_IN, PLANNED, 2, INVOICE,
                        StayStatus.VOIDED, null, update(2)));
    }

    @Test
    void aLaterPlannedCheckOutIsAnExtension() {
        fixture.given(checkedIn())
                .when(row().withPlannedCheckout(PLANNED.plusDays(2)).record(update(2)))
                .expectEvents(new StayExtended(ID, PLANNED, PLANNED.plusDays(2), update(2)));
    }

    @Test
    void anEarlierPlannedCheckOutShortensTheStay() {
        fixture.given(checkedIn())
                .when(row().withPlannedCheckout(PLANNED.minusDays(1)).record(update(2)))
                .expectEvents(new StayShortened(ID, PLANNED, PLANNED.minusDays(1), update(2)));
    }

    @Test
    void anotherRoomIsARoomMove() {
        fixture.given(checkedIn())
                .when(row().withRoom("0915").record(update(2)))
                .expectEvents(new RoomMoved(ID, "0612", "0915", update(2)));
    }

    @Test
    void anotherNumberOfGuestsIsAGuestCountChange() {
        fixture.given(checkedIn())
                .when(row().withGuests(3).record(update(2)))
                .expectEvents(new GuestCountChanged(ID, 3, update(2)));
    }

    @Test
    void anotherInvoiceIsAnInvoiceAssignment() {
        fixture.given(checkedIn())
                .when(row().withInvoice(688_151L).record(update(2)))
                .expectEvents(new StayInvoiceAssigned(ID, 688_151L, update(2)));
    }

    @Test
    void inHouseToFinishedIsACheckOut() {
        fixture.given(checkedIn())
                .when(row().checkedOut(CHECK_OUT).record(update(2)))
                .expectEvents(new GuestCheckedOut(ID, CHECK_OUT, update(2)));
    }

    @Test
    void aCancelledCheckInIsVoided() {
        fixture.given(checkedIn())
                .when(row().withStatus(StayStatus.VOIDED).record(update(2)))
                .expectEvents(new CheckInVoided(ID, update(2)));
    }

    @Test
    void finishedBackToInHouseUndoesTheCheckOut() {
        fixture.given(checkedIn(), new GuestCheckedOut(ID, CHECK_OUT, update(2)))
                .when(row().record(update(3)))
                .expectEvents(new CheckOutUndone(ID, update(3)));
    }

    @Test
    void aVoidedStayBackInHouseIsReinstated() {
        fixture.given(checkedIn(), new CheckInVoided(ID, update(2)))
                .when(row().record(update(3)))
                .expectEvents(new CheckInReinstated(ID, update(3)));
    }

    @Test
    void aVoidedStayShownCheckedOutIsReinstatedThenCheckedOut() {
        fixture.given(checkedIn(), new CheckInVoided(ID, update(2)))
                .when(row().checkedOut(CHECK_OUT).record(update(3)))
                .expectEvents(new CheckInReinstated(ID, update(3)), new GuestCheckedOut(ID, CHECK_OUT, update(3)));
    }

    @Test
    void anEarlyDepartureIsAShorterStayAndACheckOut() {
        LocalDateTime early = LocalDateTime.of(2025, 8, 13, 9, 2, 40);

        fixture.given(checkedIn())
                .when(row().withPlannedCheckout(LocalDate.of(2025, 8, 13)).checkedOut(early).record(update(2)))
                .expectEvents(new StayShortened(ID, PLANNED, LocalDate.of(2025, 8, 13), update(2)),
                        new GuestCheckedOut(ID, early, update(2)));
    }

    @Test
    void aWalkInLinkedToABookingIsACorrection() {
        fixture.given(new GuestCheckedIn(ID, null, HOTEL, "0612", CHECK_IN, PLANNED, 2, INVOICE,
                        StayStatus.IN_HOUSE, null, change(SourceOperation.INSERT, 1)))
                .when(row().record(update(2)))
                .expectEvents(new StayCorrected(ID, RESERVATION, HOTEL, CHECK_IN, null, update(2)));
    }

    @Test
    void anotherCheckOutTimeOfACheckedOutStayIsACorrection() {
        LocalDateTime later = CHECK_OUT.plusMinutes(30);

        fixture.given(checkedIn(), new GuestCheckedOut(ID, CHECK_OUT, update(2)))
                .when(row().checkedOut(later).record(update(3)))
                .expectEvents(new StayCorrected(ID, RESERVATION, HOTEL, CHECK_IN, later, update(3)));
    }

    @Test
    void aNewerImageWithNothingChangedIsAChangeWithoutEffect() {
        fixture.given(checkedIn())
                .when(row().record(update(2)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StayChangeWithoutEffect(ID, update(2)));
    }

    @Test
    void anImageOlderThanAChangeWithoutEffectProducesNoEvent() {
        // Room 0612 at 10, 0915 at 20, 0612 again at 30; 20 arrives last and must not win.
        fixture.given(new GuestCheckedIn(ID, RESERVATION, HOTEL, "0612", CHECK_IN, PLANNED, 2, INVOICE,
                                StayStatus.IN_HOUSE, null, update(10)),
                        new StayChangeWithoutEffect(ID, update(30)))
                .when(row().withRoom("0915").record(update(20)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theSameChangeDeliveredTwiceProducesNoEvent() {
        fixture.given(checkedIn(), new GuestCheckedOut(ID, CHECK_OUT, update(2)))
                .when(row().checkedOut(CHECK_OUT).record(update(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOlderChangeProducesNoEvent() {
        fixture.given(checkedIn(), new GuestCheckedOut(ID, CHECK_OUT, update(3)))
                .when(row().withRoom("0915").record(update(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anUpdateSeenBeforeItsInsertChecksInAndTheInsertIsThenIgnored() {
        fixture.givenNoPriorActivity()
                .when(row().withRoom("0915").record(update(2)))
                .expectEvents(new GuestCheckedIn(ID, RESERVATION, HOTEL, "0915", CHECK_IN, PLANNED, 2, INVOICE,
                        StayStatus.IN_HOUSE, null, update(2)));
        fixture.given(new GuestCheckedIn(ID, RESERVATION, HOTEL, "0915", CHECK_IN, PLANNED, 2, INVOICE,
                        StayStatus.IN_HOUSE, null, update(2)))
                .when(row().record(change(SourceOperation.INSERT, 1)))
                .expectNoEvents();
    }

    @Test
    void anOldFullLoadImageArrivingAfterCapturedChangesProducesNoEvent() {
        fixture.given(checkedIn(), new GuestCheckedOut(ID, CHECK_OUT, update(2)))
                .when(row().record(fullLoad()))
                .expectNoEvents();
    }

    @Test
    void aCapturedChangeAfterTheFullLoadIsApplied() {
        fixture.given(new GuestCheckedIn(ID, RESERVATION, HOTEL, "0612", CHECK_IN, PLANNED, 2, INVOICE,
                        StayStatus.IN_HOUSE, null, fullLoad()))
                .when(row().withGuests(1).record(update(2)))
                .expectEvents(new GuestCountChanged(ID, 1, update(2)));
    }

    @Test
    void aDeletedStayIsRemovedOnce() {
        RemoveStay delete = new RemoveStay(ID, change(SourceOperation.DELETE, 2));

        fixture.given(checkedIn())
                .when(delete)
                .expectEvents(new StayRemoved(ID, change(SourceOperation.DELETE, 2)));
        fixture.given(checkedIn(), new StayRemoved(ID, change(SourceOperation.DELETE, 2)))
                .when(delete)
                .expectNoEvents();
    }

    @Test
    void aDeleteSeenFirstRemovesAndLaterChangesAreIgnored() {
        fixture.givenNoPriorActivity()
                .when(new RemoveStay(ID, change(SourceOperation.DELETE, 3)))
                .expectEvents(new StayRemoved(ID, change(SourceOperation.DELETE, 3)));
        fixture.given(new StayRemoved(ID, change(SourceOperation.DELETE, 3)))
                .when(row().withRoom("0915").record(update(4)))
                .expectNoEvents();
    }

    /** A front-desk row image, changed one column at a time by the tests. */
    private record StayRow(Long reservationId, String hotelId, String room, LocalDateTime checkedInAt,
                           LocalDateTime checkedOutAt, LocalDate plannedCheckout, int guests, long invoiceId,
                           StayStatus status) {

        RecordStay record(SourcePosition source) {
            return new RecordStay(ID, reservationId, hotelId, room, checkedInAt, checkedOutAt, plannedCheckout,
                    guests, invoiceId, status, source);
        }

        StayRow withReservation(Long value) {
            return new StayRow(value, hotelId, room, checkedInAt, checkedOutAt, plannedCheckout, guests, invoiceId, status);
        }

        StayRow withRoom(String value) {
            return new StayRow(reservationId, hotelId, value, checkedInAt, checkedOutAt, plannedCheckout, guests, invoiceId, status);
        }

        StayRow withPlannedCheckout(LocalDate value) {
            return new StayRow(reservationId, hotelId, room, checkedInAt, checkedOutAt, value, guests, invoiceId, status);
        }

        StayRow withGuests(int value) {
            return new StayRow(reservationId, hotelId, room, checkedInAt, checkedOutAt, plannedCheckout, value, invoiceId, status);
        }

        StayRow withInvoice(long value) {
            return new StayRow(reservationId, hotelId, room, checkedInAt, checkedOutAt, plannedCheckout, guests, value, status);
        }

        StayRow withStatus(StayStatus value) {
            return new StayRow(reservationId, hotelId, room, checkedInAt, checkedOutAt, plannedCheckout, guests, invoiceId, value);
        }

        StayRow checkedOut(LocalDateTime at) {
            return new StayRow(reservationId, hotelId, room, checkedInAt, at, plannedCheckout, guests, invoiceId,
                    StayStatus.CHECKED_OUT);
        }
    }
}
