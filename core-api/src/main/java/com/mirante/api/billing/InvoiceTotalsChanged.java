package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;
import java.math.BigDecimal;

/** The total charged or the total paid on the invoice changed; it carries both new values. */
public record InvoiceTotalsChanged(long invoiceId, BigDecimal total, BigDecimal paid, SourcePosition source) {
}
