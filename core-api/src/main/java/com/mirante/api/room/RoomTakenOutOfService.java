package com.mirante.api.room;

import com.mirante.api.source.SourcePosition;

/** The room cannot be sold, for this reason; also told again when the reason of an out-of-service room changes. */
public record RoomTakenOutOfService(String hotelId, String roomNumber, String reason, SourcePosition source) {
}
