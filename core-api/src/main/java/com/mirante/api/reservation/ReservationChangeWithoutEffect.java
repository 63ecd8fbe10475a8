package com.mirante.api.reservation;

import com.mirante.api.source.SourcePosition;

/**
 * A newer change of the reservation row altered nothing the hotel tracks. Told so that the reservation
 * remembers the position: an older image arriving after it must not be taken as the newest.
 */
public record ReservationChangeWithoutEffect(long reservationId, SourcePosition source) {
}
