package com.mirante.query.audit;

import com.mirante.query.web.HotelInstantValidator;
import java.time.Instant;

/**
 * What an operator asks of the trail, its bounds checked by the controller; a time range left open
 * reaches the ends of the calendar.
 *
 * @param from inclusive
 * @param to   exclusive
 */
record AuditSearch(String user, Instant from, Instant to, int page, int size) {

    AuditSearch {
        from = from == null ? HotelInstantValidator.FIRST : from;
        to = to == null ? HotelInstantValidator.END : to;
    }

    long offset() {
        return (long) page * size;
    }
}
