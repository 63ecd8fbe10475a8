package com.mirante.api.reservation;

import com.mirante.api.source.SourcePosition;

/** A cancelled or no-show reservation was put back on the books (as pending or confirmed). */
public record ReservationReinstated(long reservationId, ReservationStatus status, SourcePosition source) {
}
