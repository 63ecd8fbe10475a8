package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;

/** The check-in was voided as a mistake: the stay does not count. */
public record CheckInVoided(long stayId, SourcePosition source) {
}
