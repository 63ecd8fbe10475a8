package com.mirante.api.reservation;

import com.mirante.api.source.SourcePosition;

/** The front desk moved the reservation back or sideways, for example undoing a check-in; not a business step forward. */
public record ReservationStatusCorrected(long reservationId, ReservationStatus previousStatus, ReservationStatus status, SourcePosition source) {
}
