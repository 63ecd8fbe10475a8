package com.mirante.api.hotel;

import com.mirante.api.source.SourcePosition;

/** The hotel is no longer open for business. */
public record HotelClosed(String hotelId, SourcePosition source) {
}
