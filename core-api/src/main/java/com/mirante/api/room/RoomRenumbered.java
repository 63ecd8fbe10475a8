package com.mirante.api.room;

import com.mirante.api.source.SourcePosition;

/**
 * The room is now known as {@code newRoomNumber} in the same hotel. Nothing about the old number
 * counts any more; the room goes on as the room registered under the new number.
 */
public record RoomRenumbered(String hotelId, String roomNumber, String newRoomNumber, SourcePosition source) {
}
