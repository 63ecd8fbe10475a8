package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;

/** A voided check-in was taken back: the stay counts again, in house. */
public record CheckInReinstated(long stayId, SourcePosition source) {
}
