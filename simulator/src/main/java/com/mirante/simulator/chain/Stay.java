package com.mirante.simulator.chain;

import com.mirante.simulator.dms.Values;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A stay of {@code recepcao.hospedagem}, from check-in to check-out, with its invoice. */
final class Stay {

    final long id;
    /** Null for a walk-in without reservation. */
    final Reservation reservation;
    final String hotel;
    final Room room;
    final LocalDateTime checkedInAt;
    LocalDateTime checkedOutAt;
    LocalDate plannedCheckout;
    final int guests;
    String status = "A";
    final Invoice invoice;
    final String createdBy;
    String changedBy;
    LocalDateTime changedAt;

    Stay(long id, Reservation reservation, String hotel, Room room, LocalDateTime checkedInAt,
         LocalDate plannedCheckout, int guests, Invoice invoice, String createdBy) {
        this.id = id;
        this.reservation = reservation;
        this.hotel = hotel;
        this.room = room;
        this.checkedInAt = checkedInAt;
        this.plannedCheckout = plannedCheckout;
        this.guests = guests;
        this.invoice = invoice;
        this.createdBy = createdBy;
        this.changedBy = createdBy;
        this.changedAt = checkedInAt;
    }

    boolean inHouse() {
        return "A".equals(status);
    }

    Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id_hospedagem", id);
        row.put("id_reserva", reservation == null ? null : reservation.id);
        row.put("cod_hotel", hotel);
        row.put("num_apto", room.number);
        row.put("dh_checkin", Values.wallClock(checkedInAt));
        row.put("dh_checkout", Values.wallClock(checkedOutAt));
        row.put("dt_prev_checkout", Values.date(plannedCheckout));
        row.put("qtd_hospedes", guests);
        row.put("sit_hospedagem", status);
        row.put("id_fatura", invoice.id);
        row.put("usr_inclusao", createdBy);
        row.put("dh_inclusao", Values.wallClock(checkedInAt));
        row.put("usr_alteracao", changedBy);
        row.put("dh_alteracao", Values.wallClock(changedAt));
        return row;
    }
}
