package com.mirante.api.hotel;

import com.mirante.api.source.SourcePosition;

/** A closed hotel is open for business again. */
public record HotelOpened(String hotelId, SourcePosition source) {
}
