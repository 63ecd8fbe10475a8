package com.mirante.query.roomboard;

import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RoomOccupancy;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.BiFunction;

/** A room on the board as the API shows it. */
public record RoomView(
        String room,
        Integer floor,
        String roomType,
        RoomOccupancy occupancy,
        HousekeepingStatus housekeeping,
        boolean outOfService,
        String outOfServiceReason,
        Instant updatedAt) {

    /** @param toInstant converts a hotel's wall-clock time through that hotel's zone */
    static RoomView of(RoomBoardEntry entry, BiFunction<String, LocalDateTime, Instant> toInstant) {
        Instant updatedAt = entry.getUpdatedAt() != null ? entry.getUpdatedAt()
                : toInstant.apply(entry.getKey().hotelId(), entry.getUpdatedAtLocal());
        return new RoomView(entry.getKey().roomNumber(), entry.getFloor(), entry.getRoomType(), entry.getOccupancy(),
                entry.getHousekeeping(), entry.isOutOfService(), entry.getOutOfServiceReason(), updatedAt);
    }
}
