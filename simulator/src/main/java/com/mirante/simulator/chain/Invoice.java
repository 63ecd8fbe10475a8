package com.mirante.simulator.chain;

import com.mirante.simulator.dms.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An invoice of {@code faturamento.fatura}, one per stay, with its charges. */
final class Invoice {

    final long id;
    final String number;
    final long stayId;
    final String hotel;
    final LocalDate openedOn;
    LocalDateTime closedAt;
    BigDecimal paid = BigDecimal.ZERO;
    String status = "A";
    final String payerTaxId;
    String changedBy;
    LocalDateTime changedAt;
    final List<Charge> charges = new ArrayList<>();

    Invoice(long id, String number, long stayId, String hotel, LocalDate openedOn, String payerTaxId,
            String changedBy, LocalDateTime changedAt) {
        this.id = id;
        this.number = number;
        this.stayId = stayId;
        this.hotel = hotel;
        this.openedOn = openedOn;
        this.payerTaxId = payerTaxId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** What the billing system's trigger keeps in {@code vlr_total}: the charges that still count. */
    BigDecimal total() {
        return charges.stream().filter(Charge::counts).map(charge -> charge.amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id_fatura", id);
        row.put("num_fatura", number);
        row.put("id_hospedagem", stayId);
        row.put("cod_hotel", hotel);
        row.put("dt_abertura", Values.date(openedOn));
        row.put("dh_fechamento", Values.wallClock(closedAt));
        row.put("vlr_total", Values.money(total()));
        row.put("vlr_pago", Values.money(paid));
        row.put("sit_fatura", status);
        row.put("cpf_cnpj_pagador", payerTaxId);
        row.put("usr_alteracao", changedBy);
        row.put("dh_alteracao", Values.wallClock(changedAt));
        return row;
    }
}
