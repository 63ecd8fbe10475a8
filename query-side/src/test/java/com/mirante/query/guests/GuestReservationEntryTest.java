package com.mirante.query.guests;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GuestReservationEntryTest {

    private static ReservationDetails details(Long guestId, LocalDate arrival, LocalDate departure, String total) {
        return new ReservationDetails("N-1", "SPA01", guestId, arrival, departure, 2, 0, "STD", "BAR",
                new BigDecimal("100.00"), total == null ? null : new BigDecimal(total), "BRL", "SITE", false, null);
    }

    @Test
    void nightsAreDepartureMinusArrivalAndAnAmendmentReplacesThemWithTheGuestAndTotal() {
        GuestReservationEntry entry = new GuestReservationEntry(1L);
        entry.describe(details(7L, LocalDate.of(2025, 2, 27), LocalDate.of(2025, 3, 2), "300.00"));
        assertThat(entry.getNights()).isEqualTo(3);

        entry.describe(details(8L, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 6), "500.00"));
        entry.describe(details(8L, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 6), "500.00"));

        assertThat(entry.getGuestId()).isEqualTo(8L);
        assertThat(entry.getNights()).isEqualTo(5);
        assertThat(entry.getTotalAmount()).isEqualByComparingTo("500.00");
    }

    @Test
    void unknownOrInvertedDatesCountNoNights() {
        GuestReservationEntry entry = new GuestReservationEntry(1L);
        entry.describe(details(null, null, LocalDate.of(2025, 3, 2), null));
        assertThat(entry.getNights()).isZero();

        entry.describe(details(7L, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1), null));
        assertThat(entry.getNights()).isZero();
    }

    @Test
    void aReservationCountsAsAStayInHouseOrCheckedOutAndAsValueOnlyCheckedOut() {
        GuestReservationEntry entry = new GuestReservationEntry(1L);

        entry.moveTo(ReservationStatus.CONFIRMED);
        assertThat(entry.isReachedStay()).isFalse();
        assertThat(entry.isCheckedOut()).isFalse();

        entry.moveTo(ReservationStatus.IN_HOUSE);
        assertThat(entry.isReachedStay()).isTrue();
        assertThat(entry.isCheckedOut()).isFalse();

        entry.moveTo(ReservationStatus.CHECKED_OUT);
        assertThat(entry.isReachedStay()).isTrue();
        assertThat(entry.isCheckedOut()).isTrue();
    }

    @Test
    void aCorrectionBackUndoesTheStep() {
        GuestReservationEntry entry = new GuestReservationEntry(1L);
        entry.moveTo(ReservationStatus.CHECKED_OUT);

        entry.moveTo(ReservationStatus.IN_HOUSE);
        assertThat(entry.isReachedStay()).isTrue();
        assertThat(entry.isCheckedOut()).isFalse();

        entry.moveTo(ReservationStatus.CONFIRMED);
        assertThat(entry.isReachedStay()).isFalse();
    }
}
