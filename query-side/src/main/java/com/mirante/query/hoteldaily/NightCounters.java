package com.mirante.query.hoteldaily;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The changes a batch of events makes to the per-night counters of {@code hotel_daily_night},
 * summed in memory so the batch writes each hotel-night once, in key order. The order matters:
 * two segments flushing at the same time then lock shared rows in the same order and cannot
 * deadlock.
 */
final class NightCounters {

    static final String ROOM_NIGHT_SERVICE = "DIARIA";

    private final Map<HotelNight, Counts> changes = new TreeMap<>(HotelNight.ORDER);

    /** What a reservation counts: its nights, arrival and departure while on the books; its cancellation. */
    void add(ReservationFact reservation, int sign) {
        if (reservation.hotelId() == null) {
            return;
        }
        if (reservation.onTheBooks() && reservation.arrival() != null && reservation.departure() != null) {
            for (LocalDate night = reservation.arrival(); night.isBefore(reservation.departure());
                 night = night.plusDays(1)) {
                at(reservation.hotelId(), night).roomsSold += sign;
            }
        }
        if (reservation.onTheBooks() && reservation.arrival() != null) {
            at(reservation.hotelId(), reservation.arrival()).arrivals += sign;
        }
        if (reservation.onTheBooks() && reservation.departure() != null) {
            at(reservation.hotelId(), reservation.departure()).departures += sign;
        }
        if (reservation.cancelledOn() != null) {
            at(reservation.hotelId(), reservation.cancelledOn()).cancellations += sign;
        }
    }

    /** What a charge counts: its amount on its posting date, for its invoice's hotel, unless reversed or removed. */
    void add(ChargeFact charge, int sign) {
        if (charge.hotelId() == null || charge.postedOn() == null || charge.amount() == null || !charge.counts()) {
            return;
        }
        Counts counts = at(charge.hotelId(), charge.postedOn());
        BigDecimal amount = sign < 0 ? charge.amount().negate() : charge.amount();
        counts.totalRevenue = counts.totalRevenue.add(amount);
        if (ROOM_NIGHT_SERVICE.equals(charge.serviceCode())) {
            counts.roomRevenue = counts.roomRevenue.add(amount);
        }
    }

    /** The old contribution leaves, the new one comes: only the difference reaches the database. */
    void replace(ReservationFact before, ReservationFact after) {
        if (before != null) {
            add(before, -1);
        }
        if (after != null) {
            add(after, 1);
        }
    }

    void replace(ChargeFact before, ChargeFact after) {
        if (before != null) {
            add(before, -1);
        }
        if (after != null) {
            add(after, 1);
        }
    }

    /** The hotel-nights whose counters change, in key order, without those the batch left as they were. */
    Map<HotelNight, Counts> changes() {
        Map<HotelNight, Counts> effective = new TreeMap<>(HotelNight.ORDER);
        changes.forEach((key, counts) -> {
            if (!counts.isZero()) {
                effective.put(key, counts);
            }
        });
        return effective;
    }

    private Counts at(String hotelId, LocalDate night) {
        return changes.computeIfAbsent(new HotelNight(hotelId, night), key -> new Counts());
    }

    record HotelNight(String hotelId, LocalDate night) {
        static final Comparator<HotelNight> ORDER =
                Comparator.comparing(HotelNight::hotelId).thenComparing(HotelNight::night);
    }

    static final class Counts {
        int roomsSold;
        int arrivals;
        int departures;
        int cancellations;
        BigDecimal roomRevenue = BigDecimal.ZERO;
        BigDecimal totalRevenue = BigDecimal.ZERO;

        boolean isZero() {
            return roomsSold == 0 && arrivals == 0 && departures == 0 && cancellations == 0
                    && roomRevenue.signum() == 0 && totalRevenue.signum() == 0;
        }
    }
}
