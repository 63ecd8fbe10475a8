package com.mirante.query.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReservationBatchTest {

    private static final Cancellation CANCELLATION =
            new Cancellation(LocalDateTime.of(2031, 1, 20, 9, 15), "Mudou de planos");

    private final ReservationBatch batch = new ReservationBatch();

    private static ReservationDetails details(int nights) {
        return new ReservationDetails("TST01-2031-000001", "TST01", 4_001L, LocalDate.of(2031, 2, 1),
                LocalDate.of(2031, 2, 1).plusDays(nights), 2, 0, "STD", "BAR", new BigDecimal("200.00"),
                new BigDecimal("200.00").multiply(BigDecimal.valueOf(nights)), "BRL", "SITE", true,
                LocalDateTime.of(2031, 1, 10, 14, 0));
    }

    private static ReservationRow row(long reservationId, int nights, ReservationStatus status) {
        return ReservationRow.of(reservationId, details(nights), status, null);
    }

    @Test
    void changesToOneReservationApplyInEventOrder() {
        batch.place(row(1L, 2, ReservationStatus.PENDING));
        batch.change(1L, held -> held.described(details(3)));
        batch.change(1L, held -> held.movedTo(ReservationStatus.CONFIRMED));
        batch.change(1L, held -> held.movedTo(ReservationStatus.CANCELLED).cancelled(CANCELLATION));
        batch.change(1L, held -> held.movedTo(ReservationStatus.CONFIRMED).cancelled(null));
        batch.remove(1L);
        batch.place(row(1L, 4, ReservationStatus.CONFIRMED));
        batch.change(1L, held -> held.movedTo(ReservationStatus.IN_HOUSE));

        ReservationBatch.Outcome outcome = batch.outcome(Map.of());

        assertThat(batch.toRead()).isEmpty();
        assertThat(outcome.written()).containsExactly(Map.entry(1L, row(1L, 4, ReservationStatus.IN_HOUSE)));
        assertThat(outcome.removed()).isEmpty();
    }

    @Test
    void aChangeToAReservationNotHeldChangesNothing() {
        batch.change(2L, held -> held.movedTo(ReservationStatus.CANCELLED).cancelled(CANCELLATION));
        batch.change(2L, held -> held.movedTo(ReservationStatus.CONFIRMED));

        ReservationBatch.Outcome outcome = batch.outcome(Map.of());

        assertThat(batch.toRead()).containsExactly(2L);
        assertThat(outcome.written()).isEmpty();
        assertThat(outcome.removed()).isEmpty();
    }

    @Test
    void aChangeBeforeThePlacementIsLostAndTheHeldRowIsNotNeeded() {
        batch.change(3L, held -> held.described(details(9)));
        batch.place(row(3L, 2, ReservationStatus.CONFIRMED));

        assertThat(batch.toRead()).isEmpty();
        assertThat(batch.outcome(Map.of()).written())
                .containsExactly(Map.entry(3L, row(3L, 2, ReservationStatus.CONFIRMED)));
    }

    @Test
    void aHeldReservationChangesFromItsRow() {
        batch.change(4L, held -> held.movedTo(ReservationStatus.CANCELLED).cancelled(CANCELLATION));

        ReservationBatch.Outcome outcome = batch.outcome(Map.of(4L, row(4L, 2, ReservationStatus.CONFIRMED)));

        assertThat(outcome.written()).containsExactly(Map.entry(4L,
                new ReservationRow(4L, details(2), ReservationStatus.CANCELLED, CANCELLATION.cancelledAt(),
                        CANCELLATION.reason())));
    }

    @Test
    void aRowLeftAsItWasIsNotWritten() {
        batch.change(5L, held -> held.movedTo(ReservationStatus.IN_HOUSE));
        batch.change(5L, held -> held.movedTo(ReservationStatus.CONFIRMED));

        ReservationBatch.Outcome outcome = batch.outcome(Map.of(5L, row(5L, 2, ReservationStatus.CONFIRMED)));

        assertThat(outcome.written()).isEmpty();
        assertThat(outcome.removed()).isEmpty();
    }

    @Test
    void aRemovalDeletesWithoutReadingWhateverCameBefore() {
        batch.remove(6L);
        batch.place(row(7L, 1, ReservationStatus.PENDING));
        batch.remove(7L);
        batch.change(8L, held -> held.movedTo(ReservationStatus.NO_SHOW));
        batch.remove(8L);

        ReservationBatch.Outcome outcome = batch.outcome(Map.of());

        assertThat(batch.toRead()).isEmpty();
        assertThat(outcome.removed()).containsExactly(6L, 7L, 8L);
        assertThat(outcome.written()).isEmpty();
    }
}
