package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;

/** The invoice row was deleted from the billing system; nothing on it counts any more. */
public record InvoiceRemoved(long invoiceId, SourcePosition source) {
}
