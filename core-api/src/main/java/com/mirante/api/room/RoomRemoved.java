package com.mirante.api.room;

import com.mirante.api.source.SourcePosition;

/** The room was deleted from housekeeping's records; nothing about it counts any more. */
public record RoomRemoved(String hotelId, String roomNumber, SourcePosition source) {
}
