package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;

/** What identifies the invoice or whom it bills changed: number, stay, hotel, opening date or kind of payer. */
public record InvoiceAmended(long invoiceId, InvoiceDetails details, SourcePosition source) {
}
