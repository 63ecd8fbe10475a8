package com.mirante.api.reservation;

/**
 * Axon's event store keys events by aggregate identifier alone, and the legacy tables reuse the
 * same numbers (reservation 42 and stay 42), so each aggregate type prefixes its identifiers.
 */
public final class ReservationIds {

    private ReservationIds() {
    }

    public static String aggregateId(long reservationId) {
        return "reservation-" + reservationId;
    }
}
