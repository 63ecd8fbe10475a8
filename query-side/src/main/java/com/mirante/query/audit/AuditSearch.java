package com.mirante.query.audit;

import com.mirante.query.web.BadRequestException;
import java.time.Instant;

/**
 * What an operator asks of the trail, within bounds: instants a hotel could mean, and no page so
 * deep that the database would skip more than {@link #MAX_SKIPPED} rows to reach it (narrow the
 * time range instead).
 *
 * @param from inclusive
 * @param to   exclusive
 */
record AuditSearch(String user, Instant from, Instant to, int page, int size) {

    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    static final long MAX_SKIPPED = 100_000;

    AuditSearch {
        from = within("from", from, EARLIEST);
        to = within("to", to, LATEST);
        if (from.isAfter(to)) {
            throw new BadRequestException("from " + from + " is after to " + to);
        }
        if ((long) page * size > MAX_SKIPPED) {
            throw new BadRequestException("page x size is " + (long) page * size + ", at most " + MAX_SKIPPED
                    + ": narrow the time range instead");
        }
    }

    long offset() {
        return (long) page * size;
    }

    private static Instant within(String parameter, Instant instant, Instant absent) {
        if (instant == null) {
            return absent;
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new BadRequestException(parameter + " " + instant + " is outside " + EARLIEST + " to " + LATEST);
        }
        return instant;
    }
}
