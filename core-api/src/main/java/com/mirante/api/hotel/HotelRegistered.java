package com.mirante.api.hotel;

import com.mirante.api.source.SourcePosition;

/** The hotel became known, as the reference data first showed it (it may already be closed). */
public record HotelRegistered(
        String hotelId,
        String name,
        String city,
        String state,
        int rooms,
        String timeZone,
        boolean active,
        SourcePosition source) {
}
