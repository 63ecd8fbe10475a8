package com.mirante.api.room;

import com.mirante.api.source.SourcePosition;
import java.time.LocalDateTime;

/**
 * The room became known, as housekeeping first showed it.
 *
 * @param renumberedFrom the number the room had before in the same hotel, when it became known by being renumbered
 */
public record RoomRegistered(
        String hotelId,
        String roomNumber,
        Integer floor,
        String roomType,
        RoomOccupancy occupancy,
        HousekeepingStatus housekeeping,
        LocalDateTime lastCleanedAt,
        String cleanedBy,
        boolean outOfService,
        String outOfServiceReason,
        String renumberedFrom,
        SourcePosition source) {
}
