package com.mirante.api.reservation;

import com.mirante.api.source.SourcePosition;

/** The guest checked out. */
public record ReservationCheckedOut(long reservationId, SourcePosition source) {
}
