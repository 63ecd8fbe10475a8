package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;

/** The stay row was deleted from the front-desk system; nothing about it counts any more. */
public record StayRemoved(long stayId, SourcePosition source) {
}
