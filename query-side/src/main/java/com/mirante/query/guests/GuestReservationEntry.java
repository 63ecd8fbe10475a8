package com.mirante.query.guests;

import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationStatus;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;

/**
 * What one reservation adds to its guest's stay figures. Each event sets absolute values here, so
 * amendments (another guest, other dates or amount) and status corrections recompute the figures,
 * and handling an event twice changes nothing.
 *
 * <p>A reservation counts as a stay while its status is {@code IN_HOUSE} or {@code CHECKED_OUT}, and
 * adds to the lifetime value while it is {@code CHECKED_OUT}: a {@code ReservationStatusCorrected} back
 * (an undone check-in or check-out) stops it counting, because the front desk corrects a step that did
 * not really happen. Counting only the current status also keeps the row a pure function of the events.
 * The projection changes it in memory and writes it with {@link GuestTables}.
 */
final class GuestReservationEntry {

    private final long reservationId;
    private Long guestId;
    private int nights;
    private BigDecimal totalAmount;
    private boolean reachedStay;
    private boolean checkedOut;

    GuestReservationEntry(long reservationId) {
        this.reservationId = reservationId;
    }

    /** The row as stored, for the projection to change. */
    GuestReservationEntry(long reservationId, Long guestId, int nights, BigDecimal totalAmount, boolean reachedStay,
            boolean checkedOut) {
        this.reservationId = reservationId;
        this.guestId = guestId;
        this.nights = nights;
        this.totalAmount = totalAmount;
        this.reachedStay = reachedStay;
        this.checkedOut = checkedOut;
    }

    void describe(ReservationDetails details) {
        guestId = details.guestId();
        nights = details.arrival() == null || details.departure() == null ? 0
                : Math.max(0, (int) ChronoUnit.DAYS.between(details.arrival(), details.departure()));
        totalAmount = details.totalAmount();
    }

    void moveTo(ReservationStatus status) {
        reachedStay = status == ReservationStatus.IN_HOUSE || status == ReservationStatus.CHECKED_OUT;
        checkedOut = status == ReservationStatus.CHECKED_OUT;
    }

    long getReservationId() {
        return reservationId;
    }

    Long getGuestId() {
        return guestId;
    }

    int getNights() {
        return nights;
    }

    BigDecimal getTotalAmount() {
        return totalAmount;
    }

    boolean isReachedStay() {
        return reachedStay;
    }

    boolean isCheckedOut() {
        return checkedOut;
    }
}
