package com.mirante.api.hotel;

import com.mirante.api.source.SourcePosition;

/** The zone of the hotel's wall clock changed; its local times are read in this IANA zone from now on. */
public record HotelTimeZoneChanged(String hotelId, String timeZone, SourcePosition source) {
}
