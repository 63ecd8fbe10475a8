package com.mirante.api.hotel;

import com.mirante.api.source.SourcePosition;

/** The hotel was deleted from the reference data; nothing about it counts any more. */
public record HotelRemoved(String hotelId, SourcePosition source) {
}
