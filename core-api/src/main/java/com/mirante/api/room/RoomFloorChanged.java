package com.mirante.api.room;

import com.mirante.api.source.SourcePosition;

/** The room's floor was corrected; housekeeping assigns work by floor. */
public record RoomFloorChanged(String hotelId, String roomNumber, Integer floor, SourcePosition source) {
}
