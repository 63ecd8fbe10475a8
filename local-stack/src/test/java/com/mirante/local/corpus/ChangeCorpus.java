package com.mirante.local.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A reproducible stream of DMS records for every legacy table, in commit order: a full load of
 * hotels and rooms, then captured changes of reservations (booked, confirmed, amended, cancelled,
 * checked in and out), housekeeping rounds and a renumbered room, stays, invoices whose charges
 * sometimes commit before them, corrected, reversed and deleted charges, guests whose tier
 * changes and some who ask to be erased.
 */
public final class ChangeCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] HOTELS = {"CWB01", "REC02", "BSB03"};

    private final Random random;
    private final List<String> messages = new ArrayList<>();
    private final Map<String, ObjectNode> rows = new LinkedHashMap<>();
    private long lsn = 0x10_0000;
    private long transaction = 900_000;
    private Instant clock = Instant.parse("2025-08-01T12:00:00Z");

    private ChangeCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** The corpus in commit order, one SQS message body per record. */
    public static List<String> generate(long seed) {
        ChangeCorpus corpus = new ChangeCorpus(seed);
        corpus.loadReferenceData();
        corpus.captureBusiness();
        return corpus.messages;
    }

    /**
     * The same corpus as a relay at least once and out of order would deliver it: shuffled within
     * windows of {@code window} messages, with about {@code duplicateShare} of them sent twice.
     */
    public static List<String> redelivered(List<String> corpus, int window, double duplicateShare, long seed) {
        Random random = new Random(seed);
        List<String> delivered = new ArrayList<>();
        for (int from = 0; from < corpus.size(); from += window) {
            List<String> chunk = new ArrayList<>(corpus.subList(from, Math.min(from + window, corpus.size())));
            List<String> duplicates = new ArrayList<>();
            for (String message : chunk) {
                if (random.nextDouble() < duplicateShare) {
                    duplicates.add(message);
                }
            }
            chunk.addAll(duplicates);
            Collections.shuffle(chunk, random);
            delivered.addAll(chunk);
        }
        return delivered;
    }

    private void loadReferenceData() {
        for (int h = 0; h < HOTELS.length; h++) {
            ObjectNode hotel = JSON.createObjectNode().put("cod_hotel", HOTELS[h]).put("nom_hotel", "Hotel " + HOTELS[h])
                    .put("nom_cidade", "Cidade " + h).put("sig_uf", "PR").put("qtd_aptos", 40 + h)
                    .put("nom_fuso", h == 2 ? "America/Sao_Paulo" : "America/Recife").put("fl_ativo", "true")
                    .put("dh_alteracao", "2025-07-01T08:00:00.000000Z");
            load("cadastro", "hotel", HOTELS[h], hotel);
            for (int r = 1; r <= 6; r++) {
                String room = "%d%02d".formatted(1 + r / 4, r);
                load("governanca", "quarto", HOTELS[h] + "|" + room, room(HOTELS[h], room));
            }
        }
    }

    private ObjectNode room(String hotel, String number) {
        return JSON.createObjectNode().put("cod_hotel", hotel).put("num_apto", number)
                .put("num_andar", Integer.parseInt(number.substring(0, 1))).put("cod_tipo_apto", "STD")
                .put("sit_ocupacao", "V").put("sit_limpeza", "LP").put("fl_interditado", "false")
                .putNull("mot_interdicao").put("dh_ult_limpeza", "2025-07-31T10:00:00.000000Z")
                .put("cod_camareira", "CAM01").put("dh_alteracao", "2025-07-31T10:00:00.000000Z");
    }

    private void captureBusiness() {
        for (long guest = 500; guest < 530; guest++) {
            guestLife(guest);
        }
        ObjectNode hotel = rows.get("cadastro.hotel:" + HOTELS[0]).deepCopy();
        capture("update", "cadastro", "hotel", HOTELS[0], hotel.put("qtd_aptos", 44), null);
        for (int i = 0; i < 40; i++) {
            reservationLife(3_000_000L + i);
            if (i % 3 == 0) {
                housekeepingRound();
            }
            if (i % 4 == 0) {
                stayAndInvoice(4_000 + i, 3_000_000L + i);
            }
        }
        ObjectNode renumbered = rows.get("governanca.quarto:" + HOTELS[1] + "|101").deepCopy().put("num_apto", "101A");
        capture("update", "governanca", "quarto", HOTELS[1] + "|101A", renumbered,
                JSON.createObjectNode().put("cod_hotel", HOTELS[1]).put("num_apto", "101"));
    }

    private void guestLife(long id) {
        ObjectNode row = JSON.createObjectNode().put("id_hospede", id).put("nom_hospede", "Hospede " + id)
                .put("num_cpf", "%011d".formatted(id * 7919)).putNull("num_passaporte").put("dt_nascimento", "1980-04-0" + (1 + id % 9))
                .put("des_email", "hospede" + id + "@example.com").put("num_telefone", "+55 41 9" + id)
                .put("nom_cidade", "Curitiba").put("sig_uf", "PR").put("cod_pais", "BR").put("fl_aceita_marketing", "false")
                .put("cod_nivel_fidelidade", "BRONZE").put("dh_cadastro", wallClock()).put("dh_alteracao", wallClock());
        capture("insert", "crm", "hospede", Long.toString(id), row, null);
        if (id % 3 == 0) {
            capture("update", "crm", "hospede", Long.toString(id), row.deepCopy().put("cod_nivel_fidelidade", "PRATA")
                    .put("fl_aceita_marketing", "true").put("dh_alteracao", wallClock()), JSON.createObjectNode());
        }
        if (id % 10 == 7) {
            // An erasure request under LGPD: the key and nulls, as replica identity DEFAULT captures it.
            ObjectNode erased = JSON.createObjectNode().put("id_hospede", id);
            row.fieldNames().forEachRemaining(column -> {
                if (!"id_hospede".equals(column)) {
                    erased.putNull(column);
                }
            });
            capture("delete", "crm", "hospede", Long.toString(id), erased, null);
        }
    }

    private void reservationLife(long id) {
        String hotel = HOTELS[(int) (id % HOTELS.length)];
        LocalDate arrival = LocalDate.of(2025, 9, 1).plusDays(random.nextInt(60));
        int nights = 1 + random.nextInt(5);
        ObjectNode row = JSON.createObjectNode().put("id_reserva", id).put("num_reserva", hotel + "-2025-" + id)
                .put("cod_hotel", hotel).put("id_hospede", 500 + random.nextInt(30))
                .put("dt_chegada", arrival.toString()).put("dt_partida", arrival.plusDays(nights).toString())
                .put("qtd_adultos", 2).put("qtd_criancas", 0).put("cod_tipo_apto", "STD").put("cod_tarifa", "BAR")
                .put("vlr_diaria", "400.00").put("vlr_total", (400 * nights) + ".00").put("cod_moeda", "BRL")
                .put("sit_reserva", random.nextBoolean() ? "P" : "C").put("canal_origem", "SITE")
                .put("fl_garantida", "true").putNull("obs_reserva").putNull("dh_cancelamento").putNull("mot_cancelamento")
                .put("usr_inclusao", "WEB").put("dh_inclusao", wallClock()).put("usr_alteracao", "WEB")
                .put("dh_alteracao", wallClock()).put("nr_versao", 1);
        capture("insert", "reservas", "reserva", Long.toString(id), row, null);
        if ("P".equals(row.get("sit_reserva").asText())) {
            reservationUpdate(row, r -> r.put("sit_reserva", "C"));
        }
        switch (random.nextInt(4)) {
            case 0 -> reservationUpdate(row, r -> r.put("sit_reserva", "X").put("dh_cancelamento", wallClock())
                    .put("mot_cancelamento", "Desistiu"));
            case 1 -> reservationUpdate(row, r -> r.put("dt_partida", arrival.plusDays(nights + 2).toString())
                    .put("vlr_total", (400 * (nights + 2)) + ".00"));
            case 2 -> {
                reservationUpdate(row, r -> r.put("sit_reserva", "H"));
                reservationUpdate(row, r -> r.put("sit_reserva", "F"));
            }
            default -> reservationUpdate(row, r -> r.put("usr_alteracao", "CENTRAL"));
        }
    }

    private void reservationUpdate(ObjectNode row, UnaryOperator<ObjectNode> change) {
        ObjectNode before = row.deepCopy();
        change.apply(row).put("nr_versao", row.get("nr_versao").asInt() + 1).put("dh_alteracao", wallClock());
        capture("update", "reservas", "reserva", row.get("id_reserva").asText(), row.deepCopy(), before);
    }

    private void housekeepingRound() {
        String hotel = HOTELS[random.nextInt(HOTELS.length)];
        int index = 2 + random.nextInt(5);
        String number = "%d%02d".formatted(1 + index / 4, index);
        String key = "governanca.quarto:" + hotel + "|" + number;
        if (!rows.containsKey(key)) {
            return;
        }
        for (String status : new String[] {"SJ", "EM", "LP", "IS"}) {
            ObjectNode room = rows.get(key).deepCopy().put("sit_limpeza", status).put("dh_alteracao", wallClock());
            if ("LP".equals(status)) {
                room.put("dh_ult_limpeza", wallClock()).put("cod_camareira", "CAM0" + random.nextInt(5));
            }
            capture("update", "governanca", "quarto", hotel + "|" + number, room, JSON.createObjectNode());
        }
        if (random.nextInt(3) == 0) {
            ObjectNode room = rows.get(key).deepCopy().put("fl_interditado", "true").put("mot_interdicao", "Ar quebrado");
            capture("update", "governanca", "quarto", hotel + "|" + number, room, JSON.createObjectNode());
        }
    }

    private void stayAndInvoice(long stayId, long reservationId) {
        String hotel = HOTELS[(int) (reservationId % HOTELS.length)];
        long invoiceId = 70_000 + stayId;
        LocalDateTime checkIn = LocalDateTime.of(2025, 9, 10, 14, 0).plusDays(stayId % 20);
        // A charge committed before its invoice: the billing system posts, then opens the folio.
        ObjectNode firstCharge = charge(8_000_000L + stayId * 10, invoiceId, "FRIGO", "18.00", checkIn.plusHours(5));
        capture("insert", "faturamento", "lancamento", firstCharge.get("id_lancamento").asText(), firstCharge, null);
        ObjectNode invoice = JSON.createObjectNode().put("id_fatura", invoiceId).put("num_fatura", hotel + "-F-" + invoiceId)
                .put("id_hospedagem", stayId).put("cod_hotel", hotel).put("dt_abertura", checkIn.toLocalDate().toString())
                .putNull("dh_fechamento").put("vlr_total", "0.00").put("vlr_pago", "0.00").put("sit_fatura", "A")
                .put("cpf_cnpj_pagador", "12345678000190").put("usr_alteracao", "REC").put("dh_alteracao", wallClock());
        capture("insert", "faturamento", "fatura", Long.toString(invoiceId), invoice, null);
        ObjectNode stay = JSON.createObjectNode().put("id_hospedagem", stayId).put("id_reserva", reservationId)
                .put("cod_hotel", hotel).put("num_apto", "102").put("dh_checkin", checkIn + ":00.000000Z")
                .putNull("dh_checkout").put("dt_prev_checkout", checkIn.toLocalDate().plusDays(2).toString())
                .put("qtd_hospedes", 2).put("sit_hospedagem", "A").put("id_fatura", invoiceId)
                .put("usr_inclusao", "REC").put("dh_inclusao", wallClock()).put("usr_alteracao", "REC")
                .put("dh_alteracao", wallClock());
        capture("insert", "recepcao", "hospedagem", Long.toString(stayId), stay, null);
        for (int night = 0; night < 2; night++) {
            ObjectNode roomNight = charge(8_000_000L + stayId * 10 + 1 + night, invoiceId, "DIARIA", "400.00",
                    checkIn.toLocalDate().plusDays(night + 1).atTime(1, 30));
            capture("insert", "faturamento", "lancamento", roomNight.get("id_lancamento").asText(), roomNight, null);
        }
        capture("update", "faturamento", "lancamento", firstCharge.get("id_lancamento").asText(),
                firstCharge.deepCopy().put("qtd_lancamento", "2.000").put("vlr_lancamento", "36.00"), null);
        ObjectNode bar = charge(8_000_000L + stayId * 10 + 5, invoiceId, "BAR", "55.00", checkIn.plusHours(8));
        capture("insert", "faturamento", "lancamento", bar.get("id_lancamento").asText(), bar, null);
        capture("update", "faturamento", "lancamento", bar.get("id_lancamento").asText(),
                bar.deepCopy().put("fl_estorno", "true"), null);
        capture("delete", "faturamento", "lancamento", bar.get("id_lancamento").asText(), bar.deepCopy(), null);
        // Billing deletes keep only the key (replica identity DEFAULT): the gateway finds the invoice itself.
        ObjectNode spa = charge(8_000_000L + stayId * 10 + 6, invoiceId, "SPA", "120.00", checkIn.plusHours(20));
        capture("insert", "faturamento", "lancamento", spa.get("id_lancamento").asText(), spa, null);
        ObjectNode spaKeyOnly = JSON.createObjectNode().put("id_lancamento", spa.get("id_lancamento").asLong());
        spa.fieldNames().forEachRemaining(column -> {
            if (!"id_lancamento".equals(column)) {
                spaKeyOnly.putNull(column);
            }
        });
        capture("delete", "faturamento", "lancamento", spa.get("id_lancamento").asText(), spaKeyOnly, null);
        capture("update", "recepcao", "hospedagem", Long.toString(stayId),
                stay.deepCopy().put("dt_prev_checkout", checkIn.toLocalDate().plusDays(3).toString()), null);
        capture("update", "recepcao", "hospedagem", Long.toString(stayId), stay.deepCopy()
                .put("dt_prev_checkout", checkIn.toLocalDate().plusDays(3).toString()).put("sit_hospedagem", "F")
                .put("dh_checkout", checkIn.plusDays(3).withHour(11) + ":00.000000Z"), null);
        capture("update", "faturamento", "fatura", Long.toString(invoiceId), invoice.deepCopy().put("sit_fatura", "F")
                .put("vlr_total", "836.00").put("vlr_pago", "836.00")
                .put("dh_fechamento", checkIn.plusDays(3).withHour(11).plusMinutes(5) + ":00.000000Z"), null);
    }

    private ObjectNode charge(long id, long invoiceId, String service, String amount, LocalDateTime postedAt) {
        return JSON.createObjectNode().put("id_lancamento", id).put("id_fatura", invoiceId).put("cod_servico", service)
                .put("des_lancamento", service).put("qtd_lancamento", "1.000").put("vlr_unitario", amount)
                .put("vlr_lancamento", amount).put("dh_lancamento", postedAt + ":00.000000Z")
                .put("fl_estorno", "false").put("usr_lancamento", "PDV");
    }

    private String wallClock() {
        clock = clock.plusSeconds(37 + random.nextInt(600));
        return clock.toString().replace("Z", ".000000Z");
    }

    private void load(String schema, String table, String key, ObjectNode row) {
        rows.put(schema + "." + table + ":" + key, row);
        ObjectNode metadata = JSON.createObjectNode().put("timestamp", clock.toString()).put("record-type", "data")
                .put("operation", "load").put("partition-key-type", "primary-key")
                .put("partition-key-value", schema + "." + table + "." + key).put("schema-name", schema)
                .put("table-name", table);
        add(JSON.createObjectNode().<ObjectNode>set("data", row).set("metadata", metadata));
    }

    private void capture(String operation, String schema, String table, String key, ObjectNode row, ObjectNode before) {
        rows.put(schema + "." + table + ":" + key, row);
        lsn += 0x100;
        transaction++;
        String position = "00000F00/%08X".formatted(lsn);
        ObjectNode metadata = JSON.createObjectNode().put("timestamp", clock.toString()).put("record-type", "data")
                .put("operation", operation).put("partition-key-type", "schema-table").put("schema-name", schema)
                .put("table-name", table).put("transaction-id", transaction).put("transaction-record-id", 1)
                .put("prev-transaction-id", transaction - 1).put("prev-transaction-record-id", 1)
                .put("commit-timestamp", clock.toString()).put("stream-position", position + ".2." + position);
        ObjectNode message = JSON.createObjectNode().set("data", row);
        if (before != null) {
            message.set("before-image", before);
        }
        add(message.set("metadata", metadata));
    }

    private void add(Object message) {
        messages.add(message.toString());
    }
}
