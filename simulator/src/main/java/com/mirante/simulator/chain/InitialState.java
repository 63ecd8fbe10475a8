package com.mirante.simulator.chain;

import com.mirante.simulator.dms.LegacyTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The chain as the DMS full load finds it: hotels, rooms, guests, the bookings on the books and the guests in house. */
final class InitialState {

    private static final List<String> FLOOR_TYPES = List.of("STD", "STD", "STD", "STD", "STD", "STD", "LXO", "LXO",
            "LXO", "FAM", "FAM", "SUI");

    /** The longest stay a booking can have: bookings made this long before their arrival may still be in house. */
    private static final int MAX_NIGHTS = 10;

    private final Chain chain;
    private final GuestRelations crm;
    private final Bookings bookings;
    private final FrontDesk frontDesk;
    private final Billing billing;

    InitialState(Chain chain, GuestRelations crm, Bookings bookings, FrontDesk frontDesk, Billing billing) {
        this.chain = chain;
        this.crm = crm;
        this.bookings = bookings;
        this.frontDesk = frontDesk;
        this.billing = billing;
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
     * Bookings made on each of the days before the load, kept when their guests are in house at
     * the load or arrive later: so the books fill up towards the near nights as they would have.
     */
    private void bookAhead(Hotel hotel, LocalDate start) {
        for (int daysAgo = 1; daysAgo <= 120; daysAgo++) {
            int made = (int) Math.round(hotel.rooms.size() * Bookings.DAILY_BOOKINGS_PER_ROOM);
            for (int i = 0; i < made; i++) {
                int lead = bookings.leadTime();
                if (lead + MAX_NIGHTS >= daysAgo) {
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
        if (reservation == null) {
            return;
        }
        if (reservation.arrival.isBefore(start)) {
            stayingAtLoad(hotel, reservation, start);
        } else if (chain.chance(0.1)) {
            LocalDateTime cancelledAt = chain.later(bookedAt, 60, 60 * 24 * daysAgo);
            if (cancelledAt.toLocalDate().isBefore(start)) {
                bookings.cancelBeforeLoad(hotel, reservation, cancelledAt);
            }
        }
    }

    /**
     * A booking that arrived before the load: in house, with the nights audited so far on its
     * invoice, if it stays past the load's first night and a room is free; otherwise forgotten
     * (its stay is over and the load of past stays adds nothing to the simulation).
     */
    private void stayingAtLoad(Hotel hotel, Reservation reservation, LocalDate start) {
        Optional<Room> room = reservation.departure.isAfter(start) ? frontDesk.room(hotel, reservation.roomType)
                : Optional.empty();
        if (room.isEmpty() || !room.get().ready()) {
            hotel.reservations.remove(reservation);
            hotel.inventory.release(reservation);
            return;
        }
        LocalDateTime arrivedAt = chain.between(reservation.arrival.atStartOfDay(), LocalTime.of(13, 0),
                LocalTime.of(22, 0));
        Stay stay = frontDesk.checkIn(hotel, reservation, room.get(), arrivedAt);
        room.get().changedAt = arrivedAt;
        // The night of D is audited early on D + 1; the night before the load is audited by the simulation.
        for (LocalDate night = reservation.arrival; night.plusDays(1).isBefore(start); night = night.plusDays(1)) {
            billing.postRoomNightBeforeLoad(hotel, stay,
                    chain.between(night.plusDays(1).atStartOfDay(), Billing.AUDIT_OPENS, LocalTime.of(2, 30)));
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
        for (Hotel hotel : chain.hotels) {
            for (Stay stay : hotel.stays) {
                chain.capture.load(LegacyTable.STAY, stay.row(), at = next(at));
                chain.capture.load(LegacyTable.INVOICE, stay.invoice.row(), at = next(at));
                for (Charge charge : stay.invoice.charges) {
                    chain.capture.load(LegacyTable.CHARGE, charge.row(), at = next(at));
                }
            }
        }
    }

    private Instant next(Instant at) {
        return at.plusNanos(150_000 + chain.random.nextInt(300_000));
    }
}
