package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;

/** A check-out was taken back: the guest is in house again and has no check-out time. */
public record CheckOutUndone(long stayId, SourcePosition source) {
}
