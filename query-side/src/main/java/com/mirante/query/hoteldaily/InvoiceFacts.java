package com.mirante.query.hoteldaily;

import java.util.Map;
import java.util.TreeMap;

/**
 * An invoice and its charges as the daily figures see them. The charges may be known before the
 * invoice row ({@code recorded} false): they count nowhere until it says which hotel they belong to.
 */
final class InvoiceFacts {

    boolean recorded;
    String hotelId;
    final Map<Long, ChargeRow> charges = new TreeMap<>();

    InvoiceFacts copy() {
        InvoiceFacts copy = new InvoiceFacts();
        copy.recorded = recorded;
        copy.hotelId = hotelId;
        copy.charges.putAll(charges);
        return copy;
    }

    /** The hotel the charges count for. */
    String countingHotel() {
        return recorded ? hotelId : null;
    }
}
