package com.mirante.api.reservation;

import com.mirante.api.source.SourcePosition;

/** The guest checked in against the reservation. */
public record ReservationCheckedIn(long reservationId, SourcePosition source) {
}
