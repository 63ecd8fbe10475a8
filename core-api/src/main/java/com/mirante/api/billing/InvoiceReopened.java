package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;

/** A closed or cancelled invoice was opened again. */
public record InvoiceReopened(long invoiceId, SourcePosition source) {
}
