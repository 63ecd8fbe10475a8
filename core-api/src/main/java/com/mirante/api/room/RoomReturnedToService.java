package com.mirante.api.room;

import com.mirante.api.source.SourcePosition;

/** An out-of-service room can be sold again. */
public record RoomReturnedToService(String hotelId, String roomNumber, SourcePosition source) {
}
