package com.mirante.simulator.chain;

import com.mirante.simulator.dms.ChangeCapture;
import com.mirante.simulator.dms.LegacyTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The front desk: check-ins (with their invoice), extensions, check-outs, walk-ins and no-shows. */
final class FrontDesk {

    private final Chain chain;
    private final GuestRelations crm;
    private final Housekeeping housekeeping;

    FrontDesk(Chain chain, GuestRelations crm, Housekeeping housekeeping) {
        this.chain = chain;
        this.crm = crm;
        this.housekeeping = housekeeping;
    }

    void planDay(Hotel hotel, LocalDateTime midnight) {
        LocalDate today = midnight.toLocalDate();
        for (Reservation reservation : hotel.reservations) {
            // A few never come: the night audit marks them as no-shows.
            if (reservation.expected() && reservation.arrival.equals(today) && !chain.chance(0.04)) {
                expect(hotel, reservation, chain.between(midnight, LocalTime.of(11, 0), LocalTime.of(23, 40)));
            }
        }
        for (Stay stay : hotel.stays) {
            if (stay.inHouse() && !stay.plannedCheckout.isAfter(today)) {
                chain.timeline.at(chain.between(midnight, LocalTime.of(6, 30), LocalTime.of(12, 30)), hotel.zone,
                        at -> checkOut(hotel, stay, at));
            }
        }
        if (chain.chance(0.4)) {
            chain.timeline.at(chain.between(midnight, LocalTime.of(18, 0), LocalTime.of(23, 30)), hotel.zone,
                    at -> walkIn(hotel, at));
        }
    }

    void expect(Hotel hotel, Reservation reservation, LocalDateTime at) {
        chain.timeline.at(at, hotel.zone, time -> checkIn(hotel, reservation, time));
    }

    private void checkIn(Hotel hotel, Reservation reservation, LocalDateTime at) {
        if (!reservation.expected() || !reservation.arrival.equals(at.toLocalDate())) {
            return;
        }
        Optional<Room> room = room(hotel, reservation.roomType);
        if (room.isEmpty()) {
            return;
        }
        Map<String, Object> roomBefore = room.get().row();
        Map<String, Object> reservationBefore = reservation.row();
        Stay stay = checkIn(hotel, reservation, room.get(), at);
        ChangeCapture.Transaction transaction = chain.begin(at, hotel.zone);
        recordOpening(transaction, stay, room.get(), roomBefore);
        transaction.update(LegacyTable.RESERVATION, reservationBefore, reservation.row()).commit();
    }

    /** The guest of a reservation moves into the room: a stay with its invoice, the reservation in house. */
    Stay checkIn(Hotel hotel, Reservation reservation, Room room, LocalDateTime at) {
        Guest guest = chain.guest(reservation.guestId);
        String payer = reservation.ratePlan.startsWith("CORP") ? Names.companyTaxId(chain.random)
                : guest.erased ? null : guest.taxId;
        String clerk = Chain.user("RECEP", chain.random);
        Stay stay = open(hotel, reservation, room, at, reservation.departure, reservation.adults + reservation.children,
                payer, clerk);
        reservation.status = "H";
        reservation.changed(clerk, at);
        return stay;
    }

    /** A guest without reservation at the desk, for a night or two. */
    private void walkIn(Hotel hotel, LocalDateTime at) {
        Optional<Room> room = room(hotel, "STD");
        if (room.isEmpty()) {
            return;
        }
        Guest guest = crm.register(at, hotel.zone);
        Map<String, Object> roomBefore = room.get().row();
        Stay stay = open(hotel, null, room.get(), at, at.toLocalDate().plusDays(1 + chain.random.nextInt(2)),
                1 + chain.random.nextInt(2), guest.taxId, Chain.user("RECEP", chain.random));
        ChangeCapture.Transaction transaction = chain.begin(at, hotel.zone);
        recordOpening(transaction, stay, room.get(), roomBefore);
        transaction.commit();
    }

    private Stay open(Hotel hotel, Reservation reservation, Room room, LocalDateTime at, LocalDate plannedCheckout,
                      int guests, String payer, String clerk) {
        long stayId = chain.nextStayId++;
        Invoice invoice = new Invoice(chain.nextInvoiceId++,
                "%s-F%d-%07d".formatted(hotel.code, at.getYear(), hotel.nextInvoiceNumber++), stayId, hotel.code,
                at.toLocalDate(), payer, clerk, at);
        Stay stay = new Stay(stayId, reservation, hotel.code, room, at, plannedCheckout, guests, invoice, clerk);
        room.occupied = true;
        room.changedAt = at;
        hotel.stays.add(stay);
        return stay;
    }

    private static void recordOpening(ChangeCapture.Transaction transaction, Stay stay, Room room,
                                      Map<String, Object> roomBefore) {
        transaction.insert(LegacyTable.INVOICE, stay.invoice.row())
                .insert(LegacyTable.STAY, stay.row())
                .update(LegacyTable.ROOM, roomBefore, room.row());
    }

    /** A ready room of the booked type, else one that is still being made up, else an upgrade. */
    Optional<Room> room(Hotel hotel, String type) {
        return hotel.rooms.stream().filter(Room::sellable)
                .min(Comparator.comparingInt((Room room) -> room.type.equals(type) ? 0 : 2)
                        .thenComparingInt(room -> room.ready() ? 0 : 1)
                        .thenComparing(room -> room.number))
                .filter(room -> room.type.equals(type) || room.ready());
    }

    private void checkOut(Hotel hotel, Stay stay, LocalDateTime at) {
        if (!stay.inHouse()) {
            return;
        }
        Reservation reservation = stay.reservation;
        if (reservation != null && chain.chance(0.04) && extend(hotel, stay, reservation, at)) {
            return;
        }
        String cashier = Chain.user("CAIXA", chain.random);
        Invoice invoice = stay.invoice;
        Map<String, Object> invoiceBefore = invoice.row();
        invoice.closedAt = at;
        invoice.paid = invoice.total();
        invoice.status = "F";
        invoice.changedBy = cashier;
        invoice.changedAt = at;
        Map<String, Object> stayBefore = stay.row();
        stay.status = "F";
        stay.checkedOutAt = at;
        stay.changedBy = cashier;
        stay.changedAt = at;
        Room room = stay.room;
        Map<String, Object> roomBefore = room.row();
        room.occupied = false;
        room.cleaning = "SJ";
        room.changedAt = at;
        ChangeCapture.Transaction transaction = chain.begin(at, hotel.zone)
                .update(LegacyTable.INVOICE, invoiceBefore, invoice.row())
                .update(LegacyTable.STAY, stayBefore, stay.row());
        if (reservation != null) {
            Map<String, Object> reservationBefore = reservation.row();
            reservation.status = "F";
            reservation.changed(cashier, at);
            transaction.update(LegacyTable.RESERVATION, reservationBefore, reservation.row());
        }
        transaction.update(LegacyTable.ROOM, roomBefore, room.row()).commit();
        housekeeping.makeUp(hotel, room, chain.later(at, 20, 180), true);
    }

    /** The guest stays one more night, when the hotel still has a room of the type. */
    private boolean extend(Hotel hotel, Stay stay, Reservation reservation, LocalDateTime at) {
        hotel.inventory.release(reservation);
        boolean free = hotel.inventory.available(hotel, reservation.roomType, reservation.arrival,
                reservation.departure.plusDays(1));
        if (free) {
            Map<String, Object> reservationBefore = reservation.row();
            Map<String, Object> stayBefore = stay.row();
            reservation.departure = reservation.departure.plusDays(1);
            String clerk = Chain.user("RECEP", chain.random);
            reservation.changed(clerk, at);
            stay.plannedCheckout = reservation.departure;
            stay.changedBy = clerk;
            stay.changedAt = at;
            chain.begin(at, hotel.zone).update(LegacyTable.RESERVATION, reservationBefore, reservation.row())
                    .update(LegacyTable.STAY, stayBefore, stay.row()).commit();
        }
        hotel.inventory.hold(reservation);
        return free;
    }

    /** Run by the night audit: who was expected before today and never came is a no-show. */
    void noShows(Hotel hotel, LocalDateTime at) {
        for (Reservation reservation : List.copyOf(hotel.reservations)) {
            if (reservation.expected() && reservation.arrival.isBefore(at.toLocalDate())) {
                Map<String, Object> before = reservation.row();
                hotel.inventory.release(reservation);
                reservation.status = "N";
                reservation.changed("AUDITORIA", at);
                chain.begin(at, hotel.zone).update(LegacyTable.RESERVATION, before, reservation.row()).commit();
            }
        }
    }

    static BigDecimal nightlyInReais(Stay stay, BigDecimal walkInRate) {
        Reservation reservation = stay.reservation;
        if (reservation == null) {
            return walkInRate;
        }
        return "USD".equals(reservation.currency)
                ? reservation.nightlyRate.multiply(Bookings.DOLLAR).setScale(2, RoundingMode.HALF_UP)
                : reservation.nightlyRate;
    }
}
