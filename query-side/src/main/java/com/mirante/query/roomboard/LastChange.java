package com.mirante.query.roomboard;

import com.mirante.api.source.SourcePosition;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * When a room last changed. The commit timestamp of the source change is preferred: it is real
 * UTC, exact, and every captured change has one, whereas the only wall-clock time the room events
 * carry is the last cleaning, which says nothing about an occupancy or out-of-service change and
 * needs the hotel's zone. Full-load images have no commit timestamp: for them the wall-clock time the
 * event carries, if any, is kept and converted through the hotel's zone when read (the hotel may be
 * registered, or change zone, after its rooms). A change with neither is of unknown time: null,
 * rather than an earlier time that would claim the room unchanged since.
 *
 * @param committed the commit time, or null
 * @param wallClock the hotel wall-clock fallback, only when {@code committed} is null
 */
record LastChange(Instant committed, LocalDateTime wallClock) {

    static LastChange of(SourcePosition source, LocalDateTime wallClock) {
        Instant committed = source == null ? null : source.committedAt();
        return new LastChange(committed, committed == null ? wallClock : null);
    }

    static LastChange of(SourcePosition source) {
        return of(source, null);
    }
}
