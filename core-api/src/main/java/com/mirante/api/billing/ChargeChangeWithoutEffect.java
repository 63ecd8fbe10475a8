package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;

/**
 * A newer change of the charge row altered nothing billing tracks. Told so that the invoice remembers
 * the charge's position: an older image arriving after it must not be taken as the newest.
 */
public record ChargeChangeWithoutEffect(long invoiceId, long chargeId, SourcePosition source) {
}
