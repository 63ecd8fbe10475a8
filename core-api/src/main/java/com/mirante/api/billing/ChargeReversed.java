package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;

/** The charge was reversed: it no longer counts. */
public record ChargeReversed(long invoiceId, long chargeId, SourcePosition source) {
}
