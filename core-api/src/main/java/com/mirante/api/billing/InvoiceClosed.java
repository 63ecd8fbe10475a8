package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;
import java.time.LocalDateTime;

/** The invoice was closed (again, when the closing time changed while it stayed closed). */
public record InvoiceClosed(long invoiceId, LocalDateTime closedAt, SourcePosition source) {
}
