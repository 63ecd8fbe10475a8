package com.mirante.query.reservations;

import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationStatus;
import java.time.LocalDateTime;

/**
 * One row of the reservations table as the projection writes it: what was booked, where it stands,
 * and the cancellation it carries (both null when it carries none).
 */
record ReservationRow(ReservationDetails details, ReservationStatus status, LocalDateTime cancelledAt,
                      String cancellationReason) {

    static ReservationRow of(ReservationDetails details, ReservationStatus status, Cancellation cancellation) {
        return new ReservationRow(details, status, null, null).cancelled(cancellation);
    }

    ReservationRow described(ReservationDetails newDetails) {
        return new ReservationRow(newDetails, status, cancelledAt, cancellationReason);
    }

    ReservationRow movedTo(ReservationStatus newStatus) {
        return new ReservationRow(details, newStatus, cancelledAt, cancellationReason);
    }

    /** @param cancellation null clears the one the row carries */
    ReservationRow cancelled(Cancellation cancellation) {
        return new ReservationRow(details, status, cancellation == null ? null : cancellation.cancelledAt(),
                cancellation == null ? null : cancellation.reason());
    }
}
