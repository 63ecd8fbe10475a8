package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;

/** The invoice was cancelled. */
public record InvoiceCancelled(long invoiceId, SourcePosition source) {
}
