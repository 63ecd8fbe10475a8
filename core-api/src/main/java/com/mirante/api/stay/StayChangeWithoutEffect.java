package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;

/**
 * A newer change of the stay row altered nothing the front desk tracks. Told so that the stay remembers
 * the position: an older image arriving after it must not be taken as the newest.
 */
public record StayChangeWithoutEffect(long stayId, SourcePosition source) {
}
