package com.mirante.simulator.chain;

import com.mirante.simulator.dms.LegacyTable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The CRM: new guests, profile changes and, now and then, an LGPD erasure request. */
final class GuestRelations {

    private static final List<String> TIERS = List.of("BRONZE", "PRATA", "OURO", "DIAMANTE");

    private final Chain chain;

    GuestRelations(Chain chain) {
        this.chain = chain;
    }

    /** A guest as the CRM creates one (not yet captured). */
    Guest newGuest(LocalDateTime registeredAt) {
        var random = chain.random;
        boolean foreign = chain.chance(0.08);
        String first = Names.pick(Names.FIRST_NAMES, random);
        String last = Names.pick(Names.LAST_NAMES, random);
        long id = chain.nextGuestId++;
        Names.City city = Names.pick(Names.CITIES, random);
        Guest guest = new Guest(id, first + " " + Names.pick(Names.LAST_NAMES, random) + " " + last,
                foreign ? null : Names.taxId(random),
                foreign ? "X" + (1_000_000 + random.nextInt(9_000_000)) : null,
                LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                (first + "." + last + id % 1000).toLowerCase() + "@exemplo.com.br",
                "+55 " + (11 + random.nextInt(88)) + " 9" + (1000_0000 + random.nextInt(9000_0000)),
                foreign ? null : city.name(), foreign ? null : city.state(), foreign ? "US" : "BR",
                chain.chance(0.4), chain.chance(0.6) ? "BRONZE" : Names.pick(TIERS, random), registeredAt);
        chain.guests.put(id, guest);
        chain.guestList.add(guest);
        return guest;
    }

    /** Registers a new guest in the CRM, at head office's clock time of a hotel's local time. */
    Guest register(LocalDateTime hotelTime, ZoneId hotelZone) {
        LocalDateTime at = hotelTime.atZone(hotelZone).withZoneSameInstant(Chain.HEAD_OFFICE).toLocalDateTime();
        Guest guest = newGuest(at);
        chain.begin(at, Chain.HEAD_OFFICE).insert(LegacyTable.GUEST, guest.row()).commit();
        return guest;
    }

    /** Plans the CRM's day: profile changes through the day, and maybe one erasure. */
    void planDay(LocalDateTime midnight) {
        int changes = Math.max(1, chain.guestList.size() / 150);
        for (int i = 0; i < changes; i++) {
            chain.timeline.at(chain.between(midnight, LocalTime.of(8, 0), LocalTime.of(22, 0)), Chain.HEAD_OFFICE,
                    this::changeProfile);
        }
        // Erasure requests are rare: about one a day for every 1,500 guests, and at least one every other day.
        for (int i = 0; i <= chain.guestList.size() / 1500; i++) {
            if (chain.chance(0.5)) {
                chain.timeline.at(chain.between(midnight, LocalTime.of(9, 0), LocalTime.of(18, 0)),
                        Chain.HEAD_OFFICE, this::erase);
            }
        }
    }

    private void changeProfile(LocalDateTime at) {
        Guest guest = chain.anyGuest();
        Map<String, Object> before = guest.row();
        switch (chain.random.nextInt(4)) {
            case 0 -> guest.email = guest.email.replace("@exemplo.com.br", "@correio.net.br");
            case 1 -> guest.phone = "+55 " + (11 + chain.random.nextInt(88)) + " 9"
                    + (1000_0000 + chain.random.nextInt(9000_0000));
            case 2 -> guest.acceptsMarketing = !guest.acceptsMarketing;
            default -> guest.loyaltyTier = TIERS.get(Math.min(TIERS.size() - 1, TIERS.indexOf(guest.loyaltyTier) + 1));
        }
        guest.changedAt = at;
        chain.begin(at, Chain.HEAD_OFFICE).update(LegacyTable.GUEST, before, guest.row()).commit();
    }

    /** A guest with nothing ahead asks to be forgotten: the CRM deletes the row. */
    private void erase(LocalDateTime at) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Guest guest = chain.anyGuest();
            boolean expected = chain.hotels.stream().flatMap(hotel -> hotel.reservations.stream())
                    .anyMatch(reservation -> reservation.guestId == guest.id && reservation.holdsRooms());
            if (!expected) {
                guest.erased = true;
                chain.begin(at, Chain.HEAD_OFFICE).delete(LegacyTable.GUEST, guest.row()).commit();
                return;
            }
        }
    }
}
