package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The billing system holds this charge on the invoice as described. It targets the invoice, which
 * may not be known yet: a charge can arrive before its invoice.
 *
 * @param reversed the charge was reversed and no longer counts
 */
public record RecordCharge(
        long invoiceId,
        long chargeId,
        ChargeDetails details,
        boolean reversed,
        SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return InvoiceIds.aggregateId(invoiceId);
    }
}
