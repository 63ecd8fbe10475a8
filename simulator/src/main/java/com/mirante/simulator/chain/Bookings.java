package com.mirante.simulator.chain;

import com.mirante.simulator.dms.LegacyTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** The reservation system: bookings with lead times and channels, confirmations, changes, cancellations. */
final class Bookings {

    /** What a dollar booking is worth in reais when the night is charged. */
    static final BigDecimal DOLLAR = new BigDecimal("5.30");

    private static final List<String> CHANNELS = List.of("SITE", "SITE", "APP", "TELEFONE", "AGENCIA", "AGENCIA",
            "BOOKING", "BOOKING", "BOOKING", "EXPEDIA", "EXPEDIA", "DECOLAR", "DECOLAR");
    private static final List<String> ROOM_TYPES = List.of("STD", "STD", "STD", "STD", "STD", "STD", "LXO", "LXO",
            "LXO", "FAM", "SUI");
    private static final Map<String, Double> TYPE_PRICE = Map.of("STD", 1.0, "LXO", 1.45, "FAM", 1.6, "SUI", 2.6);
    private static final List<Integer> NIGHTS = List.of(1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 1, 2, 6, 7, 10);

    /** About three nights a stay and some cancellations: this keeps a hotel around three quarters full. */
    static final double DAILY_BOOKINGS_PER_ROOM = 0.27;

    private final Chain chain;
    private final GuestRelations crm;
    private FrontDesk frontDesk;

    Bookings(Chain chain, GuestRelations crm) {
        this.chain = chain;
        this.crm = crm;
    }

    void sendSameDayArrivalsTo(FrontDesk frontDesk) {
        this.frontDesk = frontDesk;
    }

    /** Days between booking and arrival: some book for today, most weeks ahead. */
    int leadTime() {
        if (chain.chance(0.12)) {
            return 0;
        }
        return Math.min(240, 1 + (int) (-Math.log(1 - chain.random.nextDouble()) * 20));
    }

    /** A booking as the reservation system would record it, holding its rooms; null when the hotel is full. */
    Reservation reserve(Hotel hotel, Guest guest, LocalDateTime bookedAt, LocalDate arrival, String channel) {
        var random = chain.random;
        LocalDate departure = arrival.plusDays(Names.pick(NIGHTS, random));
        String type = Names.pick(ROOM_TYPES, random);
        if (!hotel.inventory.available(hotel, type, arrival, departure)) {
            type = "STD";
            if (!hotel.inventory.available(hotel, type, arrival, departure)) {
                return null;
            }
        }
        String plan = ratePlan(channel);
        double factor = TYPE_PRICE.get(type) * planFactor(plan)
                * (arrival.getDayOfWeek() == DayOfWeek.FRIDAY || arrival.getDayOfWeek() == DayOfWeek.SATURDAY ? 1.1 : 1.0);
        BigDecimal rate = hotel.standardRate.multiply(BigDecimal.valueOf(factor)).setScale(0, RoundingMode.HALF_UP);
        String currency = "BRL";
        if ("EXPEDIA".equals(channel) && guest.taxId == null) {
            currency = "USD";
            rate = rate.divide(DOLLAR, 2, RoundingMode.HALF_UP);
        }
        boolean pending = ("TELEFONE".equals(channel) || "AGENCIA".equals(channel)) && chain.chance(0.4);
        Reservation reservation = new Reservation(chain.nextReservationId++,
                "%s-%d-%06d".formatted(hotel.code, bookedAt.getYear(), hotel.nextReservationNumber++), hotel.code,
                guest.id, arrival, departure, 1 + random.nextInt(3), chain.chance(0.2) ? 1 + random.nextInt(2) : 0,
                type, plan, rate, currency, pending ? "P" : "C", channel, !pending && chain.chance(0.8),
                chain.chance(0.15) ? Names.pick(Names.NOTES, random) : null, bookingUser(channel), bookedAt);
        hotel.reservations.add(reservation);
        hotel.inventory.hold(reservation);
        return reservation;
    }

    String channel(int leadTime) {
        return leadTime == 0 && chain.chance(0.5) ? "BALCAO" : Names.pick(CHANNELS, chain.random);
    }

    /** Rate codes fit the legacy column, a varchar(10), as the gateway checks. */
    private String ratePlan(String channel) {
        double draw = chain.random.nextDouble();
        boolean corporate = "TELEFONE".equals(channel) || "AGENCIA".equals(channel) || "SITE".equals(channel);
        if (corporate && draw < 0.3) {
            return "CORP-" + Names.pick(Names.COMPANIES, chain.random);
        }
        if (draw < 0.5) {
            return "PROMO-" + Names.pick(List.of("ANT", "FDS", "VER"), chain.random);
        }
        if (draw < 0.6) {
            return "PACOTE-" + Names.pick(List.of("CAF", "ROM", "FAM"), chain.random);
        }
        return "BAR";
    }

    private static double planFactor(String plan) {
        if (plan.startsWith("CORP")) {
            return 0.85;
        }
        if (plan.startsWith("PROMO")) {
            return 0.8;
        }
        return plan.startsWith("PACOTE") ? 1.15 : 1.0;
    }

    private String bookingUser(String channel) {
        return switch (channel) {
            case "SITE" -> "WEBRES";
            case "APP" -> "APPRES";
            case "BALCAO" -> Chain.user("RECEP", chain.random);
            case "TELEFONE" -> Chain.user("CALLCENTER", chain.random);
            case "AGENCIA" -> "GDS";
            default -> "CHANNELMGR";
        };
    }

    /** Plans a hotel's bookings for the day, and the day's changes to what is on the books. */
    void planDay(Hotel hotel, LocalDateTime midnight) {
        int bookings = (int) Math.round(hotel.rooms.size() * DAILY_BOOKINGS_PER_ROOM * (0.8 + chain.random.nextDouble() * 0.4));
        for (int i = 0; i < bookings; i++) {
            chain.timeline.at(chain.between(midnight, LocalTime.of(6, 0), LocalTime.of(23, 50)), hotel.zone,
                    at -> book(hotel, at));
        }
        LocalDate today = midnight.toLocalDate();
        for (Reservation reservation : List.copyOf(hotel.reservations)) {
            if (!reservation.expected() || !reservation.arrival.isAfter(today)) {
                continue;
            }
            LocalDateTime at = chain.between(midnight, LocalTime.of(8, 0), LocalTime.of(21, 0));
            if ("P".equals(reservation.status) && chain.chance(0.3)) {
                chain.timeline.at(at, hotel.zone, time -> confirm(hotel, reservation, time));
            } else if (chain.chance(0.008)) {
                chain.timeline.at(at, hotel.zone, time -> cancel(hotel, reservation, time));
            } else if (chain.chance(0.01)) {
                chain.timeline.at(at, hotel.zone, time -> modify(hotel, reservation, time));
            }
        }
    }

    private void book(Hotel hotel, LocalDateTime at) {
        int lead = leadTime();
        String channel = channel(lead);
        Guest guest = chain.chance(0.3) ? crm.register(at, hotel.zone) : chain.anyGuest();
        Reservation reservation = reserve(hotel, guest, at, at.toLocalDate().plusDays(lead), channel);
        if (reservation == null) {
            return;
        }
        chain.begin(at, hotel.zone).insert(LegacyTable.RESERVATION, reservation.row()).commit();
        if (lead == 0 && at.toLocalTime().isBefore(LocalTime.of(23, 0))) {
            frontDesk.expect(hotel, reservation, chain.later(at, 20, 50));
        }
    }

    private void confirm(Hotel hotel, Reservation reservation, LocalDateTime at) {
        if (!"P".equals(reservation.status)) {
            return;
        }
        Map<String, Object> before = reservation.row();
        reservation.status = "C";
        reservation.guaranteed = true;
        reservation.changed(Chain.user("RESERVAS", chain.random), at);
        chain.begin(at, hotel.zone).update(LegacyTable.RESERVATION, before, reservation.row()).commit();
    }

    void cancel(Hotel hotel, Reservation reservation, LocalDateTime at) {
        if (!reservation.expected()) {
            return;
        }
        Map<String, Object> before = reservation.row();
        cancelBeforeLoad(hotel, reservation, at);
        chain.begin(at, hotel.zone).update(LegacyTable.RESERVATION, before, reservation.row()).commit();
    }

    /** A cancellation that happened before the full load: the load shows it, no change record does. */
    void cancelBeforeLoad(Hotel hotel, Reservation reservation, LocalDateTime at) {
        hotel.inventory.release(reservation);
        reservation.status = "X";
        reservation.cancelledAt = at;
        reservation.cancellationReason = Names.pick(Names.CANCELLATION_REASONS, chain.random);
        reservation.changed(Chain.user("CALLCENTER", chain.random), at);
    }

    /** A guest changes the dates, the party or the room type of an upcoming stay. */
    private void modify(Hotel hotel, Reservation reservation, LocalDateTime at) {
        if (!reservation.expected()) {
            return;
        }
        Map<String, Object> before = reservation.row();
        hotel.inventory.release(reservation);
        LocalDate departure = reservation.departure;
        String type = reservation.roomType;
        int kind = chain.random.nextInt(3);
        if (kind == 0) {
            departure = reservation.nights() > 1 && chain.chance(0.5) ? departure.minusDays(1) : departure.plusDays(1);
        } else if (kind == 1) {
            type = "STD".equals(type) ? "LXO" : "STD";
        }
        if (hotel.inventory.available(hotel, type, reservation.arrival, departure)) {
            reservation.departure = departure;
            if (!type.equals(reservation.roomType)) {
                reservation.nightlyRate = reservation.nightlyRate.multiply(
                        BigDecimal.valueOf(TYPE_PRICE.get(type) / TYPE_PRICE.get(reservation.roomType)))
                        .setScale(2, RoundingMode.HALF_UP);
                reservation.roomType = type;
            }
        }
        if (kind == 2) {
            reservation.adults = reservation.adults == 1 ? 2 : reservation.adults - 1;
        }
        hotel.inventory.hold(reservation);
        reservation.changed(Chain.user("RESERVAS", chain.random), at);
        chain.begin(at, hotel.zone).update(LegacyTable.RESERVATION, before, reservation.row()).commit();
    }
}
