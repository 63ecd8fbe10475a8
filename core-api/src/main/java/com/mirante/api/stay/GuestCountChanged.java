package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;

/** Guests joined or left the room. */
public record GuestCountChanged(long stayId, int guests, SourcePosition source) {
}
