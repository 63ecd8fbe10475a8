package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;

/**
 * A newer change of the invoice row altered nothing billing tracks. Told so that the invoice remembers
 * the header's position: an older image arriving after it must not be taken as the newest.
 */
public record InvoiceChangeWithoutEffect(long invoiceId, SourcePosition source) {
}
