package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;

/** The charge row was deleted from the billing system: it no longer counts, for good. */
public record ChargeRemoved(long invoiceId, long chargeId, SourcePosition source) {
}
