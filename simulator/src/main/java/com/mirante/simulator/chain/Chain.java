package com.mirante.simulator.chain;

import com.mirante.simulator.dms.ChangeCapture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The chain's state shared by its departments: hotels, guests, id sequences, the clock and DMS. */
final class Chain {

    /** The CRM runs at head office. */
    static final ZoneId HEAD_OFFICE = ZoneId.of("America/Sao_Paulo");

    final Random random;
    final Timeline timeline = new Timeline();
    final ChangeCapture capture;
    final List<Hotel> hotels = new ArrayList<>();
    final Map<Long, Guest> guests = new LinkedHashMap<>();
    final List<Guest> guestList = new ArrayList<>();
    long nextGuestId = 300_001;
    long nextReservationId = 1_000_001;
    long nextStayId = 500_001;
    long nextInvoiceId = 800_001;
    long nextChargeId = 9_000_001;

    Chain(Random random, ChangeCapture capture) {
        this.random = random;
        this.capture = capture;
    }

    ChangeCapture.Transaction begin(LocalDateTime localTime, ZoneId zone) {
        return capture.begin(localTime.atZone(zone).toInstant());
    }

    /** A local time on the same day between two clock times, with microseconds as PostgreSQL keeps them. */
    LocalDateTime between(LocalDateTime day, LocalTime from, LocalTime to) {
        long seconds = to.toSecondOfDay() - from.toSecondOfDay();
        return day.toLocalDate().atTime(from).plusSeconds((long) (random.nextDouble() * seconds))
                .plusNanos(random.nextInt(1_000_000) * 1_000L);
    }

    /** A little later: one to {@code maxMinutes} minutes, with microseconds. */
    LocalDateTime later(LocalDateTime time, int minMinutes, int maxMinutes) {
        return time.plusSeconds(minMinutes * 60L + random.nextInt(Math.max(1, (maxMinutes - minMinutes) * 60)))
                .plusNanos(random.nextInt(1_000_000) * 1_000L);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    Guest guest(long id) {
        return guests.get(id);
    }

    /** A guest who can still be booked: one that has not asked to be erased. */
    Guest anyGuest() {
        for (int attempt = 0; attempt < 20; attempt++) {
            Guest guest = Names.pick(guestList, random);
            if (!guest.erased) {
                return guest;
            }
        }
        return guestList.stream().filter(guest -> !guest.erased).findFirst().orElseThrow();
    }

    static String user(String role, Random random) {
        return role + "." + Names.pick(Names.FIRST_NAMES, random).toUpperCase();
    }
}
