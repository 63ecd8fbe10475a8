package com.mirante.query.hotels;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Converts the legacy systems' wall-clock times to instants. Every hotel is in the configured
 * zone until the hotels reference data ({@code cadastro.hotel.nom_fuso}) is projected.
 */
@Component
public class HotelTimeZones {

    private final ZoneId defaultZone;

    HotelTimeZones(@Value("${mirante.hotels.default-time-zone:America/Sao_Paulo}") ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    public ZoneId zoneOf(String hotelId) {
        return defaultZone;
    }

    public Instant toInstant(String hotelId, LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(zoneOf(hotelId)).toInstant();
    }
}
