package com.mirante.api.room;

import com.mirante.api.source.SourcePosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The room known by {@code roomNumber} now has {@code newRoomNumber} in the same hotel; sent to the
 * room under its old number, while the new number receives a {@link RecordRoom}.
 */
public record RenumberRoom(String hotelId, String roomNumber, String newRoomNumber, SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return RoomIds.aggregateId(hotelId, roomNumber);
    }
}
