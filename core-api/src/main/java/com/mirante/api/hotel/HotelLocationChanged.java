package com.mirante.api.hotel;

import com.mirante.api.source.SourcePosition;

/** The hotel's city or state changed (in practice a correction of the reference data). */
public record HotelLocationChanged(String hotelId, String city, String state, SourcePosition source) {
}
