package com.mirante.api.stay;

import com.mirante.api.source.SourcePosition;

/** The stay is billed on another invoice. */
public record StayInvoiceAssigned(long stayId, long invoiceId, SourcePosition source) {
}
