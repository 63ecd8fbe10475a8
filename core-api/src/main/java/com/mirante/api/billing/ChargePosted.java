package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;

/**
 * A charge became known on the invoice, as the billing system first showed it (possibly already
 * reversed). The invoice header may not be known yet.
 */
public record ChargePosted(
        long invoiceId,
        long chargeId,
        ChargeDetails details,
        boolean reversed,
        SourcePosition source) {
}
