package com.mirante.api.room;

import com.mirante.api.source.SourcePosition;
import java.time.LocalDateTime;

/**
 * Housekeeping moved the room on in its cycle, or recorded another cleaning.
 *
 * @param lastCleanedAt in the hotel's local wall-clock time; may be unknown
 */
public record RoomHousekeepingStatusChanged(
        String hotelId,
        String roomNumber,
        HousekeepingStatus status,
        LocalDateTime lastCleanedAt,
        String cleanedBy,
        SourcePosition source) {
}
