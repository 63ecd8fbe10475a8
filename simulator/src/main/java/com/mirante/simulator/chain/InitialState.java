package com.mirante.simulator.chain;

import com.mirante.simulator.dms.LegacyTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** The chain as the DMS full load finds it: hotels, rooms, guests and the bookings already on the books. */
final class InitialState {

    private static final List<String> FLOOR_TYPES = List.of("STD", "STD", "STD", "STD", "STD", "STD", "LXO", "LXO",
            "LXO", "FAM", "FAM", "SUI");

    private final Chain chain;
    private final GuestRelations crm;
    private final Bookings bookings;

    InitialState(Chain chain, GuestRelations crm, Bookings bookings) {
        this.chain = chain;
        this.crm = crm;
        this.bookings = bookings;
    }

    void load(int hotels, LocalDate start) {
        var random = chain.random;
        LocalDateTime longAgo = start.minusYears(2).atTime(9, 0);
        for (int i = 0; i < hotels; i++) {
            Names.City city = Names.CITIES.get(i % Names.CITIES.size());
            int number = i / Names.CITIES.size() + 1;
            Hotel hotel = new Hotel("%s%02d".formatted(city.code(), number),
                    "Horizonte " + city.name() + " " + Names.HOTEL_KINDS.get((i + number) % Names.HOTEL_KINDS.size()),
                    city.name(), city.state(), ZoneId.of(city.zone()), BigDecimal.valueOf(220 + random.nextInt(300)),
                    chain.between(longAgo.minusDays(random.nextInt(400)), LocalTime.of(8, 0), LocalTime.of(18, 0)));
            int floors = 3 + random.nextInt(10);
            int perFloor = 8 + random.nextInt(12);
            for (int floor = 1; floor <= floors; floor++) {
                for (int door = 1; door <= perFloor; door++) {
                    String type = FLOOR_TYPES.get((door * 7 + floor) % FLOOR_TYPES.size());
                    hotel.rooms.add(new Room(hotel.code, "%02d%02d".formatted(floor, door), floor, type,
                            chain.between(start.minusDays(1).atStartOfDay(), LocalTime.of(9, 0), LocalTime.of(17, 0)),
                            "CAM%03d".formatted(1 + random.nextInt(12))));
                }
            }
            chain.hotels.add(hotel);
        }
        for (int i = 0; i < hotels * 400; i++) {
            crm.newGuest(chain.between(longAgo.plusDays(random.nextInt(700)), LocalTime.of(7, 0), LocalTime.of(23, 0)));
        }
        chain.hotels.forEach(hotel -> bookAhead(hotel, start));
        capture(start);
    }

    /**
     * Bookings made on each of the days before the load, kept when they arrive from the first
     * simulated day on: so the books fill up towards the near nights as they would have.
     */
    private void bookAhead(Hotel hotel, LocalDate start) {
        for (int daysAgo = 1; daysAgo <= 120; daysAgo++) {
            int made = (int) Math.round(hotel.rooms.size() * Bookings.DAILY_BOOKINGS_PER_ROOM);
            for (int i = 0; i < made; i++) {
                int lead = bookings.leadTime();
                if (lead >= daysAgo) {
                    bookBefore(hotel, start, daysAgo, lead);
                }
            }
        }
    }

    private void bookBefore(Hotel hotel, LocalDate start, int daysAgo, int lead) {
        LocalDateTime bookedAt = chain.between(start.minusDays(daysAgo).atStartOfDay(), LocalTime.of(7, 0),
                LocalTime.of(23, 0));
        Reservation reservation = bookings.reserve(hotel, chain.anyGuest(), bookedAt,
                start.plusDays(lead - daysAgo), bookings.channel(lead));
        if (reservation != null && chain.chance(0.1)) {
            LocalDateTime cancelledAt = chain.later(bookedAt, 60, 60 * 24 * daysAgo);
            if (cancelledAt.toLocalDate().isBefore(start)) {
                bookings.cancelBeforeLoad(hotel, reservation, cancelledAt);
            }
        }
    }

    private void capture(LocalDate start) {
        Instant at = start.atStartOfDay(Chain.HEAD_OFFICE).toInstant().minusSeconds(3 * 3600);
        for (Hotel hotel : chain.hotels) {
            chain.capture.load(LegacyTable.HOTEL, hotel.row(), at = next(at));
        }
        for (Hotel hotel : chain.hotels) {
            for (Room room : hotel.rooms) {
                chain.capture.load(LegacyTable.ROOM, room.row(), at = next(at));
            }
        }
        for (Guest guest : chain.guestList) {
            chain.capture.load(LegacyTable.GUEST, guest.row(), at = next(at));
        }
        for (Hotel hotel : chain.hotels) {
            for (Reservation reservation : hotel.reservations) {
                chain.capture.load(LegacyTable.RESERVATION, reservation.row(), at = next(at));
            }
        }
    }

    private Instant next(Instant at) {
        return at.plusNanos(150_000 + chain.random.nextInt(300_000));
    }
}
