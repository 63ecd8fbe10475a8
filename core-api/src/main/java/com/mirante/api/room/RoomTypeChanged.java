package com.mirante.api.room;

import com.mirante.api.source.SourcePosition;

/** The room is now sold as another type (legacy code, e.g. {@code LXO}). */
public record RoomTypeChanged(String hotelId, String roomNumber, String roomType, SourcePosition source) {
}
