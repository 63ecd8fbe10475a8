package com.mirante.simulator.chain;

import com.mirante.simulator.dms.Values;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hotel of the chain, with its rooms and what it has on the books. */
final class Hotel {

    final String code;
    final String name;
    final String city;
    final String state;
    final ZoneId zone;
    final LocalDateTime changedAt;
    /** The BAR rate of a standard room; other room types are priced from it. */
    final BigDecimal standardRate;
    final List<Room> rooms = new ArrayList<>();
    final List<Reservation> reservations = new ArrayList<>();
    final List<Stay> stays = new ArrayList<>();
    final Inventory inventory = new Inventory();
    int nextReservationNumber = 1;
    int nextInvoiceNumber = 1;

    Hotel(String code, String name, String city, String state, ZoneId zone, BigDecimal standardRate,
          LocalDateTime changedAt) {
        this.code = code;
        this.name = name;
        this.city = city;
        this.state = state;
        this.zone = zone;
        this.standardRate = standardRate;
        this.changedAt = changedAt;
    }

    Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("cod_hotel", code);
        row.put("nom_hotel", name);
        row.put("nom_cidade", city);
        row.put("sig_uf", state);
        row.put("qtd_aptos", rooms.size());
        row.put("nom_fuso", zone.getId());
        row.put("fl_ativo", Values.flag(true));
        row.put("dh_alteracao", Values.wallClock(changedAt));
        return row;
    }

    long roomsOfType(String type) {
        return rooms.stream().filter(room -> room.type.equals(type)).count();
    }
}
