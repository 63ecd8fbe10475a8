package com.mirante.api.room;

import com.mirante.api.source.SourcePosition;

/**
 * A newer change of the room row altered nothing housekeeping tracks. Told so that the room remembers
 * the position: an older image arriving after it must not be taken as the newest.
 */
public record RoomChangeWithoutEffect(String hotelId, String roomNumber, SourcePosition source) {
}
