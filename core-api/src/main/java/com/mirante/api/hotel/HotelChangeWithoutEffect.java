package com.mirante.api.hotel;

import com.mirante.api.source.SourcePosition;

/**
 * A newer change of the hotel row altered nothing the hotel tracks. Told so that the hotel remembers
 * the position: an older image arriving after it must not be taken as the newest.
 */
public record HotelChangeWithoutEffect(String hotelId, SourcePosition source) {
}
