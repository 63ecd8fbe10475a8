package com.mirante.api.reservation;

import com.mirante.api.source.SourcePosition;

/** The reservation was cancelled. */
public record ReservationCancelled(long reservationId, Cancellation cancellation, SourcePosition source) {
}
