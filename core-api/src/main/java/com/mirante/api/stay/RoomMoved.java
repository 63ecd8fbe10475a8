package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;

/** The guest moved to another room of the same hotel. */
public record RoomMoved(long stayId, String fromRoom, String toRoom, SourcePosition source) {
}
