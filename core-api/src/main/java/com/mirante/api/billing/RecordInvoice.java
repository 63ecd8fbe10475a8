package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The billing system holds this invoice header as described: the aggregate works out what it
 * means (opened, closed, cancelled, totals changed...) against what it already knows.
 *
 * @param closedAt in the hotel's local wall-clock time; null while the invoice was never closed
 */
public record RecordInvoice(
        long invoiceId,
        InvoiceDetails details,
        InvoiceStatus status,
        LocalDateTime closedAt,
        BigDecimal total,
        BigDecimal paid,
        SourcePosition source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return InvoiceIds.aggregateId(invoiceId);
    }
}
