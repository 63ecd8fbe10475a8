package com.mirante.api.room;

import com.mirante.api.source.SourcePosition;

/** A guest moved into or out of the room. */
public record RoomOccupancyChanged(String hotelId, String roomNumber, RoomOccupancy occupancy, SourcePosition source) {
}
