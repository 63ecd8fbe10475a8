package com.mirante.api.reservation;

import com.mirante.api.source.SourcePosition;

/** A pending reservation was confirmed. */
public record ReservationConfirmed(long reservationId, SourcePosition source) {
}
