package com.mirante.api.reservation;

import com.mirante.api.source.SourcePosition;

/** What was booked changed: dates, room type, rate, amounts, guest or channel. */
public record ReservationAmended(long reservationId, ReservationDetails details, SourcePosition source) {
}
