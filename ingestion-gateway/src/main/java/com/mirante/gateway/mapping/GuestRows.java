package com.mirante.gateway.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legacy rows that name a guest by id, and which of their columns are that guest's personal
 * data, as the DMS contract gives them (so the legacy names, which otherwise live in the mappers).
 * Other tables name no guest: a stay names its reservation, an invoice its stay, and the invoice's
 * payer tax id ({@code faturamento.fatura.cpf_cnpj_pagador}) cannot be told to be an erased
 * guest's from the row (see the README). The erasure of dead letters asks here, so that the
 * legacy names stay in the mapping.
 */
public final class GuestRows {

    /** Stands for an erased guest's value: the column is still there, so is the evidence it had one. */
    public static final TextNode ERASED = TextNode.valueOf("(erased)");

    private static final String GUEST_ID = "id_hospede";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    // "id_hospede": 123, "id_hospede":"123", also escaped inside a JSON string (\"id_hospede\":123).
    private static final Pattern GUEST_ID_IN_TEXT = Pattern.compile("\\\\?\"id_hospede\\\\?\"\\s*:\\s*\\\\?\"?\\s*(\\d{1,18})\\b");

    /**
     * {@code crm.hospede}: everything but these columns is personal, also a column the contract
     * does not have yet (the mapping keeps only the name of a new column of this table).
     */
    private static final Set<String> GUEST_COLUMNS_NOT_PERSONAL = Set.of(GUEST_ID, "nom_cidade", "sig_uf",
            "cod_pais", "fl_aceita_marketing", "cod_nivel_fidelidade", "dh_cadastro", "dh_alteracao");

    /** {@code reservas.reserva}: the free-text note may say anything about the guest; no event keeps it. */
    private static final Set<String> RESERVATION_COLUMNS_PERSONAL = Set.of("obs_reserva");

    private static final Map<String, Predicate<String>> PERSONAL_COLUMNS = Map.of(
            "crm.hospede", column -> !GUEST_COLUMNS_NOT_PERSONAL.contains(column),
            "reservas.reserva", RESERVATION_COLUMNS_PERSONAL::contains);

    private GuestRows() {
    }

    /**
     * The guest a row image of {@code table} names; none for a table that names no guest, an absent
     * image, or no readable id. Laxer than the mapping on purpose: a record dead-lettered because its
     * id was written as text still holds that guest's data.
     */
    public static Optional<Long> guestOf(String table, ObjectNode image) {
        JsonNode id = image == null || !PERSONAL_COLUMNS.containsKey(table) ? null : image.get(GUEST_ID);
        if (id != null && id.isIntegralNumber() && id.canConvertToLong()) {
            return Optional.of(id.longValue());
        }
        if (id != null && id.isTextual() && DIGITS.matcher(id.textValue().strip()).matches()) {
            return Optional.of(Long.parseLong(id.textValue().strip()));
        }
        return Optional.empty();
    }

    /**
     * Replaces the values of the image's personal columns by {@link #ERASED}, keeping the other
     * columns (the evidence of why the record was dead-lettered) and nulls; true when it changed anything.
     */
    public static boolean redact(String table, ObjectNode image) {
        Predicate<String> personal = PERSONAL_COLUMNS.get(table);
        if (image == null || personal == null) {
            return false;
        }
        boolean changed = false;
        for (Map.Entry<String, JsonNode> column : image.properties()) {
            JsonNode value = column.getValue();
            if (personal.test(column.getKey()) && !value.isNull() && !ERASED.equals(value)) {
                column.setValue(ERASED);
                changed = true;
            }
        }
        return changed;
    }

    /** The guests a text that is no readable record names by their id column, wherever it appears. */
    public static Set<Long> guestIdsInText(String text) {
        Set<Long> guests = new HashSet<>();
        Matcher matcher = GUEST_ID_IN_TEXT.matcher(text);
        while (matcher.find()) {
            guests.add(Long.parseLong(matcher.group(1)));
        }
        return guests;
    }
}
