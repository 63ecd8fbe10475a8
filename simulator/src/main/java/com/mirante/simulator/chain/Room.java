package com.mirante.simulator.chain;

import com.mirante.simulator.dms.Values;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A room of {@code governanca.quarto}: occupancy and housekeeping status. */
final class Room {

    final String hotel;
    final String number;
    final int floor;
    final String type;
    boolean occupied;
    String cleaning = "LP";
    boolean outOfService;
    String outOfServiceReason;
    LocalDateTime lastCleanedAt;
    String housekeeper;
    LocalDateTime changedAt;

    Room(String hotel, String number, int floor, String type, LocalDateTime cleanedAt, String housekeeper) {
        this.hotel = hotel;
        this.number = number;
        this.floor = floor;
        this.type = type;
        this.lastCleanedAt = cleanedAt;
        this.housekeeper = housekeeper;
        this.changedAt = cleanedAt;
    }

    boolean sellable() {
        return !occupied && !outOfService;
    }

    boolean ready() {
        return sellable() && ("LP".equals(cleaning) || "IS".equals(cleaning));
    }

    Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("cod_hotel", hotel);
        row.put("num_apto", number);
        row.put("num_andar", floor);
        row.put("cod_tipo_apto", type);
        row.put("sit_ocupacao", occupied ? "O" : "V");
        row.put("sit_limpeza", cleaning);
        row.put("fl_interditado", Values.flag(outOfService));
        row.put("mot_interdicao", outOfServiceReason);
        row.put("dh_ult_limpeza", Values.wallClock(lastCleanedAt));
        row.put("cod_camareira", housekeeper);
        row.put("dh_alteracao", Values.wallClock(changedAt));
        return row;
    }
}
