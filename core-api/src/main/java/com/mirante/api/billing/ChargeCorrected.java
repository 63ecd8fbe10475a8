package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;

/** The charge was corrected: service, description, quantity, prices or posting time; it carries the new values. */
public record ChargeCorrected(long invoiceId, long chargeId, ChargeDetails details, SourcePosition source) {
}
