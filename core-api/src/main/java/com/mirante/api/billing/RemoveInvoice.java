package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The invoice was deleted from the billing system. */
public record RemoveInvoice(long invoiceId, SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return InvoiceIds.aggregateId(invoiceId);
    }
}
