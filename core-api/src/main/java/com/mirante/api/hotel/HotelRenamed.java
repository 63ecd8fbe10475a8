package com.mirante.api.hotel;

import com.mirante.api.source.SourcePosition;

/** The hotel's name changed. */
public record HotelRenamed(String hotelId, String name, SourcePosition source) {
}
