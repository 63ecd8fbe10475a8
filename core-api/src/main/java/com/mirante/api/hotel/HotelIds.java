package com.mirante.api.hotel;

/**
 * Axon's event store keys events by aggregate identifier alone, and hotel codes also appear in
 * other tables' keys, so hotel identifiers carry a type prefix.
 */
public final class HotelIds {

    private HotelIds() {
    }

    public static String aggregateId(String hotelId) {
        return "hotel-" + hotelId;
    }
}
