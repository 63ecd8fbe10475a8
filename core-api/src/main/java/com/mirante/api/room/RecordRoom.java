package com.mirante.api.room;

import com.mirante.api.source.SourcePosition;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Housekeeping holds this room as described: the aggregate works out what changed against what
 * it already knows.
 *
 * @param roomType           the legacy room type code ({@code STD}, {@code LXO}...)
 * @param lastCleanedAt      in the hotel's local wall-clock time; may be unknown
 * @param cleanedBy          the housekeeper's code
 * @param outOfServiceReason present only while the room is out of service
 * @param renumberedFrom     the room's previous number in the same hotel when this change renumbered it; otherwise null
 */
public record RecordRoom(
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

    @TargetAggregateIdentifier
    public String aggregateId() {
        return RoomIds.aggregateId(hotelId, roomNumber);
    }
}
