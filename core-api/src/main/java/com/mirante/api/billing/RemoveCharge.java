package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The charge was deleted from the invoice in the billing system. */
public record RemoveCharge(long invoiceId, long chargeId, SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return InvoiceIds.aggregateId(invoiceId);
    }
}
