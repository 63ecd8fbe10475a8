package com.mirante.api.reservation;

import com.mirante.api.source.SourcePosition;

/** The reservation became known, as the reservation system first showed it (its status may already be past pending when the first image is a full load). */
public record ReservationPlaced(long reservationId, ReservationDetails details, ReservationStatus status, Cancellation cancellation, SourcePosition source) {
}
