package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;

/** The reversal of the charge was undone: it counts again. */
public record ChargeReversalUndone(long invoiceId, long chargeId, SourcePosition source) {
}
