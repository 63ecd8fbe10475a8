package com.mirante.api.billing;

import com.mirante.api.source.SourcePosition;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The invoice header became known, as the billing system first showed it: its status may already
 * be closed or cancelled when the first image seen is a later one or a full load.
 */
public record InvoiceOpened(
        long invoiceId,
        InvoiceDetails details,
        InvoiceStatus status,
        LocalDateTime closedAt,
        BigDecimal total,
        BigDecimal paid,
        SourcePosition source) {
}
