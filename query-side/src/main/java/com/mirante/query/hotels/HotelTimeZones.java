package com.mirante.query.hotels;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Converts the legacy systems' wall-clock times to instants through each hotel's zone, as the
 * legacy hotel register gives it and the hotels query model keeps it. A hotel not yet known there
 * is taken to be in the configured default zone.
 */
@Component
public class HotelTimeZones {

    private final HotelTable hotels;
    private final ZoneId defaultZone;

    HotelTimeZones(HotelTable hotels,
                   @Value("${mirante.hotels.default-time-zone:America/Sao_Paulo}") ZoneId defaultZone) {
        this.hotels = hotels;
        this.defaultZone = defaultZone;
    }

    /**
     * A converter over the zones as they stand now, read once: the chain has tens of hotels, and a
     * page of reservations needs several of them.
     */
    public BiFunction<String, LocalDateTime, Instant> converter() {
        Map<String, ZoneId> zones = hotels.all().stream()
                .collect(Collectors.toMap(HotelEntry::getHotelId, hotel -> ZoneId.of(hotel.getTimeZone())));
        return (hotelId, wallClock) -> wallClock == null ? null
                : wallClock.atZone(zones.getOrDefault(hotelId, defaultZone)).toInstant();
    }
}
