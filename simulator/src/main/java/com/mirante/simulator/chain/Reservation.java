package com.mirante.simulator.chain;

import com.mirante.simulator.dms.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** A booking of {@code reservas.reserva}; every change raises its {@code nr_versao}. */
final class Reservation {

    final long id;
    final String number;
    final String hotel;
    final long guestId;
    LocalDate arrival;
    LocalDate departure;
    int adults;
    final int children;
    String roomType;
    final String ratePlan;
    BigDecimal nightlyRate;
    final String currency;
    String status;
    final String channel;
    boolean guaranteed;
    final String note;
    LocalDateTime cancelledAt;
    String cancellationReason;
    final String createdBy;
    final LocalDateTime createdAt;
    String changedBy;
    LocalDateTime changedAt;
    int version = 1;

    Reservation(long id, String number, String hotel, long guestId, LocalDate arrival, LocalDate departure,
                int adults, int children, String roomType, String ratePlan, BigDecimal nightlyRate, String currency,
                String status, String channel, boolean guaranteed, String note, String createdBy,
                LocalDateTime createdAt) {
        this.id = id;
        this.number = number;
        this.hotel = hotel;
        this.guestId = guestId;
        this.arrival = arrival;
        this.departure = departure;
        this.adults = adults;
        this.children = children;
        this.roomType = roomType;
        this.ratePlan = ratePlan;
        this.nightlyRate = nightlyRate;
        this.currency = currency;
        this.status = status;
        this.channel = channel;
        this.guaranteed = guaranteed;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.changedBy = createdBy;
        this.changedAt = createdAt;
    }

    int nights() {
        return (int) ChronoUnit.DAYS.between(arrival, departure);
    }

    /** Still expected or in house: it holds rooms on its nights. */
    boolean holdsRooms() {
        return "P".equals(status) || "C".equals(status) || "H".equals(status);
    }

    boolean expected() {
        return "P".equals(status) || "C".equals(status);
    }

    void changed(String by, LocalDateTime at) {
        changedBy = by;
        changedAt = at;
        version++;
    }

    Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id_reserva", id);
        row.put("num_reserva", number);
        row.put("cod_hotel", hotel);
        row.put("id_hospede", guestId);
        row.put("dt_chegada", Values.date(arrival));
        row.put("dt_partida", Values.date(departure));
        row.put("qtd_adultos", adults);
        row.put("qtd_criancas", children);
        row.put("cod_tipo_apto", roomType);
        row.put("cod_tarifa", ratePlan);
        row.put("vlr_diaria", Values.money(nightlyRate));
        row.put("vlr_total", Values.money(nightlyRate.multiply(BigDecimal.valueOf(nights()))));
        row.put("cod_moeda", currency);
        row.put("sit_reserva", status);
        row.put("canal_origem", channel);
        row.put("fl_garantida", Values.flag(guaranteed));
        row.put("obs_reserva", note);
        row.put("dh_cancelamento", Values.wallClock(cancelledAt));
        row.put("mot_cancelamento", cancellationReason);
        row.put("usr_inclusao", createdBy);
        row.put("dh_inclusao", Values.wallClock(createdAt));
        row.put("usr_alteracao", changedBy);
        row.put("dh_alteracao", Values.wallClock(changedAt));
        row.put("nr_versao", version);
        return row;
    }
}
