package com.mirante.api.reservation;

import com.mirante.api.source.SourcePosition;

/** The reservation row was deleted from the reservation system; nothing about it counts any more. */
public record ReservationRemoved(long reservationId, SourcePosition source) {
}
