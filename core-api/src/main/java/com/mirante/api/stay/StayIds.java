package com.mirante.api.stay;

/**
 * Axon's event store keys events by aggregate identifier alone, and the legacy tables reuse the
 * same numbers (stay 42 and reservation 42), so stay identifiers carry their own prefix.
 */
public final class StayIds {

    private StayIds() {
    }

    public static String aggregateId(long stayId) {
        return "stay-" + stayId;
    }
}
