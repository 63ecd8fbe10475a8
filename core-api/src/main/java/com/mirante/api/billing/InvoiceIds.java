package com.mirante.api.billing;

/**
 * Axon's event store keys events by aggregate identifier alone, and the legacy tables reuse the
 * same numbers (invoice 42 and stay 42), so invoice identifiers carry a type prefix. Charges have
 * no aggregate of their own: they live in their invoice's.
 */
public final class InvoiceIds {

    private InvoiceIds() {
    }

    public static String aggregateId(long invoiceId) {
        return "invoice-" + invoiceId;
    }
}
