package com.mirante.api.room;

import com.mirante.api.source.SourcePosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The room no longer exists under this hotel and number in housekeeping's records. */
public record RemoveRoom(String hotelId, String roomNumber, SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return RoomIds.aggregateId(hotelId, roomNumber);
    }
}
