package com.mirante.query.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.mirante.api.guest.SealedPersonalData;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuestBatchTest {

    private final GuestBatch batch = new GuestBatch();
    private final Map<Long, GuestEntry> storedGuests = new HashMap<>();
    private final Map<Long, GuestReservationEntry> storedReservations = new HashMap<>();

    private void storeGuest(long guestId) {
        GuestEntry guest = new GuestEntry(guestId);
        guest.describe(new SealedPersonalData("sealed-" + guestId), "Olinda", "PE", "BR");
        storedGuests.put(guestId, guest);
    }

    private void storeReservation(long reservationId, long guestId) {
        storedReservations.put(reservationId, new GuestReservationEntry(reservationId, guestId, 2,
                new BigDecimal("400.00"), true, true));
    }

    private void place(long reservationId, long guestId) {
        batch.changeReservation(reservationId, known -> {
            GuestReservationEntry reservation = new GuestReservationEntry(reservationId);
            reservation.describe(details(guestId));
            reservation.moveTo(ReservationStatus.CHECKED_OUT);
            return reservation;
        });
    }

    private void amend(long reservationId, long guestId) {
        batch.changeReservation(reservationId, known -> {
            if (known != null) {
                known.describe(details(guestId));
            }
            return known;
        });
    }

    private static ReservationDetails details(long guestId) {
        return new ReservationDetails("N-1", "SPA01", guestId, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 4), 2,
                0, "STD", "BAR", new BigDecimal("100.00"), new BigDecimal("300.00"), "BRL", "SITE", false, null);
    }

    private GuestBatch.Writes apply() {
        return batch.apply(storedGuests, storedReservations);
    }

    @Test
    void anErasureRemovesTheGuestAndTheReservationsRecordedBeforeItButNotThoseAfter() {
        storeGuest(7L);
        storeReservation(1L, 7L);
        storeReservation(2L, 7L);
        place(3L, 7L);
        batch.erase(7L);
        place(4L, 7L);
        amend(1L, 7L);

        assertThat(batch.guestIds()).containsExactly(7L);
        assertThat(batch.erasedGuestIds()).containsExactly(7L);
        assertThat(batch.reservationIds()).containsExactly(1L, 3L, 4L);
        GuestBatch.Writes writes = apply();
        assertThat(writes.guests()).isEmpty();
        assertThat(writes.guestsGone()).containsExactly(7L);
        assertThat(writes.reservations()).extracting(GuestReservationEntry::getReservationId).containsExactly(4L);
        assertThat(writes.reservationsGone()).containsExactly(1L, 2L);
    }

    @Test
    void aReservationMovedToAnotherGuestBeforeTheErasureStaysAndOneMovedToTheGuestAfterwardsToo() {
        storeReservation(1L, 7L);
        storeReservation(2L, 8L);
        amend(1L, 8L);
        batch.erase(7L);
        amend(2L, 7L);

        GuestBatch.Writes writes = apply();

        assertThat(writes.guestsGone()).isEmpty();
        assertThat(writes.reservationsGone()).isEmpty();
        assertThat(writes.reservations()).extracting(GuestReservationEntry::getReservationId,
                GuestReservationEntry::getGuestId).containsExactly(tuple(1L, 8L), tuple(2L, 7L));
    }

    @Test
    void changesToRowsTheModelDoesNotHoldChangeNothing() {
        amend(5L, 7L);
        batch.changeReservation(6L, known -> null);
        batch.changeGuest(9L, known -> {
            if (known != null) {
                known.moveToTier("OURO");
            }
            return known;
        });
        batch.erase(10L);

        GuestBatch.Writes writes = apply();

        assertThat(writes.guests()).isEmpty();
        assertThat(writes.guestsGone()).isEmpty();
        assertThat(writes.reservations()).isEmpty();
        assertThat(writes.reservationsGone()).isEmpty();
    }

    @Test
    void aGuestChangedAfterARegistrationInTheSameBatchIsWrittenOnceAsItEnds() {
        batch.changeGuest(7L, known -> {
            GuestEntry guest = new GuestEntry(7L);
            guest.describe(new SealedPersonalData("sealed-7"), "Olinda", "PE", "BR");
            guest.moveToTier("PRATA");
            return guest;
        });
        batch.changeGuest(7L, known -> {
            known.moveToTier("OURO");
            return known;
        });

        GuestBatch.Writes writes = apply();

        assertThat(writes.guests()).singleElement().satisfies(guest -> {
            assertThat(guest.getLoyaltyTier()).isEqualTo("OURO");
            assertThat(guest.getSealedPersonalData()).isEqualTo(new SealedPersonalData("sealed-7"));
            assertThat(guest.getCity()).isEqualTo("Olinda");
        });
    }
}
