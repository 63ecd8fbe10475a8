package com.mirante.api.schema;

/** Aggregate identifiers of the legacy tables' schema logs (see {@code ReservationIds} for the prefix). */
public final class LegacyTableIds {

    private LegacyTableIds() {
    }

    public static String aggregateId(String table) {
        return "legacy-table-" + table;
    }
}
