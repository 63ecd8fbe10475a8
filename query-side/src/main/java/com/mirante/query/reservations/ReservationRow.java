package com.mirante.query.reservations;

import com.mirante.api.reservation.Cancellation;
import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationStatus;
import java.time.LocalDateTime;

/**
 * One row of the reservations table, as the projection writes it and the API reads it
 * ({@link ReservationRows}): what was booked, where it stands, and the cancellation it carries (both
 * null when it carries none).
 */
record ReservationRow(long reservationId, ReservationDetails details, ReservationStatus status,
                      LocalDateTime cancelledAt, String cancellationReason) {

    static ReservationRow of(long reservationId, ReservationDetails details, ReservationStatus status,
                             Cancellation cancellation) {
        return new ReservationRow(reservationId, details, status, null, null).cancelled(cancellation);
    }

    ReservationRow described(ReservationDetails newDetails) {
        return new ReservationRow(reservationId, newDetails, status, cancelledAt, cancellationReason);
    }

    ReservationRow movedTo(ReservationStatus newStatus) {
        return new ReservationRow(reservationId, details, newStatus, cancelledAt, cancellationReason);
    }

    /** @param cancellation null clears the one the row carries */
    ReservationRow cancelled(Cancellation cancellation) {
        return new ReservationRow(reservationId, details, status,
                cancellation == null ? null : cancellation.cancelledAt(),
                cancellation == null ? null : cancellation.reason());
    }
}
