package com.mirante.query.hoteldaily;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A reservation whose stay no hotel sells (a date typed wrong in the legacy system, or years
 * apart): counting it night by night would write a row per night, for years or forever. Thrown
 * from the event's handler, it leaves the event in the processor's dead letters with this message,
 * and the later events of the same reservation behind it, while the projection goes on.
 */
class StayTooLongException extends IllegalArgumentException {

    StayTooLongException(long reservationId, LocalDate arrival, LocalDate departure, int maxNights) {
        super("Reservation " + reservationId + " stays " + ChronoUnit.DAYS.between(arrival, departure)
                + " nights, from " + arrival + " to " + departure + ": a stay of more than " + maxNights
                + " nights is not counted (mirante.query.max-stay-nights)");
    }
}
