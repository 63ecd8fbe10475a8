package com.mirante.api.reservation;

import com.mirante.api.source.SourcePosition;

/** The guest did not arrive. */
public record ReservationMarkedNoShow(long reservationId, SourcePosition source) {
}
