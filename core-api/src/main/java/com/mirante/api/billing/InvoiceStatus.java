package com.mirante.api.billing;

/** Where an invoice stands in the billing system. */
public enum InvoiceStatus {
    OPEN,
    CLOSED,
    CANCELLED
}
