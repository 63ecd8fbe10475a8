package com.mirante.gateway.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.mirante.gateway.dms.DmsFixtures;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Hostile variations of the project's own DMS fixtures, for property tests: values of other
 * types, out of range or absurd, fields removed or added, other wrappers, broken base64 and
 * encodings, cut or garbled text.
 */
final class HostileBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Each fixture's text, read once: every try starts from one of them. */
    private static final Map<String, String> TEXTS = DmsFixtures.files().stream()
            .collect(Collectors.toMap(Function.identity(), DmsFixtures::text));

    private HostileBodies() {
    }

    /** Where an edit goes: a column of the row image, a metadata field, or any field or element of the body. */
    enum EditKind { REPLACE_COLUMN, REPLACE_METADATA, REPLACE, REMOVE, ADD }

    /** One change at one place: the place is an index into the places of its kind, modulo their count. */
    record Edit(int place, EditKind kind, JsonNode value, String addedKey) {
    }

    /** How the (edited) DMS JSON is put in the body. */
    enum Wrapper {
        NONE, KINESIS_EVENT, KINESIS_EVENT_TWO_RECORDS, PIPES_BODY, ARRAY, ENVELOPE_IN_ENVELOPE, NOT_FROM_KINESIS,
        BAD_BASE64, LATIN_1, BROKEN_UTF8, RECORDS_NOT_A_LIST, NO_RECORDS, DATA_AS_JSON, TRAILING_TEXT,
        DUPLICATE_KEY, BYTE_ORDER_MARK, SCALAR
    }

    static Arbitrary<String> fixtures() {
        return Arbitraries.of(TEXTS.values());
    }

    /** A fixture with one to three edits, in some wrapper (mostly none). */
    static Arbitrary<String> editedFixtures() {
        return Combinators.combine(fixtures(), edits().list().ofMinSize(1).ofMaxSize(3), wrappers())
                .as((fixture, edits, wrapper) -> wrap(edited(fixture, edits), wrapper));
    }

    /** One column of one fixture's row, every column of every fixture alike, set to one of {@code values}. */
    static Arbitrary<String> columnsSetTo(Arbitrary<JsonNode> values) {
        List<Tuple.Tuple2<String, String>> columns = new ArrayList<>();
        for (String file : TEXTS.keySet()) {
            JsonNode row = tree(TEXTS.get(file)).get("data");
            if (row instanceof ObjectNode) {
                row.fieldNames().forEachRemaining(column -> columns.add(Tuple.of(file, column)));
            }
        }
        return Combinators.combine(Arbitraries.of(columns), values).as((column, value) -> {
            ObjectNode message = tree(TEXTS.get(column.get1()));
            ((ObjectNode) message.get("data")).set(column.get2(), value.deepCopy());
            return write(message);
        });
    }

    /** Decimals of any size and any exponent, up to a billion either way: as JSON numbers and as strings. */
    static Arbitrary<JsonNode> numbersOfAnyMagnitude() {
        Arbitrary<BigDecimal> decimals = Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20)),
                Arbitraries.integers().between(-1_000_000_000, 1_000_000_000)).as(BigDecimal::new);
        return Arbitraries.oneOf(decimals.map(DecimalNode::valueOf), decimals.map(d -> TextNode.valueOf(d.toString())),
                hugeNumbers());
    }

    /** A fixture unedited, in any wrapper. */
    static Arbitrary<String> rewrappedFixtures() {
        return Combinators.combine(fixtures(), Arbitraries.of(Wrapper.class)).as(HostileBodies::wrap);
    }

    /** A fixture's text cut short, with a character replaced, or with a stretch left out; or any text at all. */
    static Arbitrary<String> corruptedTexts() {
        Arbitrary<String> cut = Combinators.combine(fixtures(), Arbitraries.integers().between(0, 999))
                .as((text, at) -> text.substring(0, text.length() * at / 1000));
        Arbitrary<String> replaced = Combinators.combine(fixtures(), Arbitraries.integers().between(0, 999),
                Arbitraries.chars()).as((text, at, c) -> {
                    int index = text.length() * at / 1000;
                    return text.substring(0, index) + c + text.substring(index + 1);
                });
        Arbitrary<String> gap = Combinators.combine(fixtures(), Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(1, 40)).as((text, at, length) -> {
                    int index = text.length() * at / 1000;
                    return text.substring(0, index) + text.substring(Math.min(text.length(), index + length));
                });
        return Arbitraries.oneOf(cut, replaced, gap, Arbitraries.strings().all().ofMaxLength(200));
    }

    /** A personal column of a fixture set to a hostile value that carries {@code marker}, wherever it can. */
    static Arbitrary<String> personalValueEdits(String marker) {
        Map<String, List<String>> personalColumns = Map.of(
                "crm.hospede/insert.json", List.of("nom_hospede", "num_cpf", "num_passaporte", "dt_nascimento",
                        "des_email", "num_telefone"),
                "crm.hospede/update.json", List.of("nom_hospede", "num_cpf", "dt_nascimento", "des_email"),
                "faturamento.fatura/update-closed-company-payer.json", List.of("cpf_cnpj_pagador"));
        Arbitrary<Tuple.Tuple2<String, String>> places = Arbitraries.of(personalColumns.keySet())
                .flatMap(file -> Arbitraries.of(personalColumns.get(file)).map(column -> Tuple.of(file, column)));
        Arbitrary<JsonNode> values = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 3000).map(n -> TextNode.valueOf(marker.repeat(n))),
                Arbitraries.of(marker + "\u0000", marker + "\uD800", "\uDC00" + marker, marker + "-01-01",
                        "1980-02-30" + marker, marker).map(TextNode::valueOf),
                Arbitraries.of(NODES.objectNode().put("value", marker), NODES.arrayNode().add(marker)));
        return Combinators.combine(places, values).as((place, value) -> {
            ObjectNode message = tree(TEXTS.get(place.get1()));
            ((ObjectNode) message.get("data")).set(place.get2(), value.deepCopy());
            return write(message);
        });
    }

    private static Arbitrary<Edit> edits() {
        Arbitrary<EditKind> kinds = Arbitraries.frequency(Tuple.of(5, EditKind.REPLACE_COLUMN),
                Tuple.of(2, EditKind.REPLACE_METADATA), Tuple.of(1, EditKind.REPLACE), Tuple.of(1, EditKind.REMOVE),
                Tuple.of(1, EditKind.ADD));
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), kinds, values(),
                Arbitraries.strings().all().ofMaxLength(20)).as(Edit::new);
    }

    private static Arbitrary<Wrapper> wrappers() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Wrapper.NONE)),
                Tuple.of(4, Arbitraries.of(Wrapper.class)));
    }

    /** Values of every JSON type, in and far out of the contract's ranges and forms. */
    static Arbitrary<JsonNode> values() {
        return Arbitraries.frequencyOf(Tuple.of(3, hugeNumbers()), Tuple.of(10, Arbitraries.oneOf(
                Arbitraries.longs().map(LongNode::valueOf),
                Arbitraries.longs().between(-40_000, 40_000).map(LongNode::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40))
                        .map(BigIntegerNode::valueOf),
                Arbitraries.doubles().map(DoubleNode::valueOf),
                Arbitraries.strings().all().ofMaxLength(30).map(TextNode::valueOf),
                Arbitraries.integers().between(41, 20_000).flatMap(length -> Arbitraries.of("9", "x", "é", "1e9")
                        .map(unit -> TextNode.valueOf(unit.repeat(length)))),
                Arbitraries.of("1e30000000", "1e999999999", "Infinity", "-Infinity", "NaN", "0x1F", "1_000",
                        "00012", "+7", "-0", "1.0000000000000000000000001", "99999999999.999", "１２３", "٣",
                        " 12 ", "", " ", "true", "false", "t", "TRUE", "1", "0", "null").map(TextNode::valueOf),
                Arbitraries.of("2025-02-30", "0000-01-01", "+999999999-12-31", "-999999999-01-01",
                        "2025-13-01T25:61:00Z", "1899-12-31", "2200-01-01", "2199-12-31T23:59:59.999999Z",
                        "1900-01-01T00:00:00Z", "2025-03-15 01:30:00", "2025-03-15T01:30:00+03:00",
                        "00000D00/0000000A.2.00000D00/0000000A", "0/0.0.0/0", "00000d00/0000000a.2.00000d00/0000000a",
                        "insert", "update", "delete", "load", "data", "control", "create-table", "INSERT",
                        "awsdms_x", "reservas", "reserva", "C", "X", "LP", "DIARIA", "America/Sao_Paulo", "Mars/Base")
                        .map(TextNode::valueOf),
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                        .map(day -> TextNode.valueOf(LocalDate.ofEpochDay(day).toString())),
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                        .map(second -> TextNode.valueOf(Instant.ofEpochSecond(second).toString())),
                Arbitraries.of("\uD800", "\uDC00x", "a\u0000b", "\u202Eevil", "\uD83C\uDFE8", "e\u0301",
                        "\uFEFF2025-01-01", "２０２５-０１-０１", "\u0007", "line\nbreak").map(TextNode::valueOf),
                Arbitraries.of(true, false).map(BooleanNode::valueOf),
                Arbitraries.just(NullNode.instance),
                Arbitraries.of(NODES.objectNode(), NODES.objectNode().put("a", 1), NODES.arrayNode(),
                        NODES.arrayNode().add(1).add("x").addNull(), nested(200)))));
    }

    /** Numbers whose exponent alone puts them far outside any column, and some just outside or inside one. */
    private static Arbitrary<JsonNode> hugeNumbers() {
        Arbitrary<JsonNode> exponents = Combinators.combine(Arbitraries.of("1", "-9.99", "123456789"),
                Arbitraries.of(30_000_000, 999_999_999, -999_999_999, Integer.MAX_VALUE, -400, 400, 13, 10, -3))
                .as((digits, exponent) -> DecimalNode.valueOf(new BigDecimal(digits + "e" + exponent)));
        Arbitrary<JsonNode> edges = Arbitraries.of("0.0000000001", "12345678901.23", "9999999999.99", "99999999999",
                "-0.00", "1245.5", "999999.9995", "32768", "-32769", "2147483648").map(
                text -> DecimalNode.valueOf(new BigDecimal(text)));
        Arbitrary<JsonNode> asText = Combinators.combine(Arbitraries.of("1", "-9.99"),
                Arbitraries.of(30_000_000, 999_999_999, -999_999_999)).as((digits, exponent) ->
                TextNode.valueOf(digits + "e" + exponent));
        return Arbitraries.oneOf(exponents, edges, asText);
    }

    private static JsonNode nested(int depth) {
        ArrayNode root = NODES.arrayNode();
        ArrayNode current = root;
        for (int i = 0; i < depth; i++) {
            current = current.addArray();
        }
        return root;
    }

    static String edited(String fixture, List<Edit> edits) {
        ObjectNode root = tree(fixture);
        for (Edit edit : edits) {
            List<Runnable> changes = new ArrayList<>();
            switch (edit.kind()) {
                case REPLACE_COLUMN -> fields(root.get("data"), edit, changes);
                case REPLACE_METADATA -> fields(root.get("metadata"), edit, changes);
                default -> places(root, edit, changes);
            }
            if (!changes.isEmpty()) {
                changes.get(edit.place() % changes.size()).run();
            }
        }
        return write(root);
    }

    /** A new value for each field of an object. */
    private static void fields(JsonNode node, Edit edit, List<Runnable> changes) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> changes.add(() -> object.set(name, edit.value().deepCopy())));
        }
    }

    /** What the edit would do at each field and element of the tree, in document order. */
    private static void places(JsonNode node, Edit edit, List<Runnable> changes) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                changes.add(switch (edit.kind()) {
                    case REMOVE -> () -> object.remove(name);
                    case ADD -> () -> object.set(edit.addedKey(), edit.value().deepCopy());
                    default -> () -> object.set(name, edit.value().deepCopy());
                });
                places(object.get(name), edit, changes);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                changes.add(switch (edit.kind()) {
                    case REMOVE -> () -> array.remove(index);
                    case ADD -> () -> array.insert(index, edit.value().deepCopy());
                    default -> () -> array.set(index, edit.value().deepCopy());
                });
                places(array.get(i), edit, changes);
            }
        }
    }

    static String wrap(String body, Wrapper wrapper) {
        String base64 = Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
        return switch (wrapper) {
            case NONE -> body;
            case KINESIS_EVENT -> kinesisEvent(base64);
            case KINESIS_EVENT_TWO_RECORDS -> "{\"Records\":[" + kinesisRecord(base64) + "," + kinesisRecord(base64) + "]}";
            case PIPES_BODY -> pipesBody(base64);
            case ARRAY -> "[" + body + "]";
            case ENVELOPE_IN_ENVELOPE -> pipesBody(Base64.getEncoder().encodeToString(
                    kinesisEvent(base64).getBytes(StandardCharsets.UTF_8)));
            case NOT_FROM_KINESIS -> "{\"eventSource\":\"aws:sqs\",\"data\":\"" + base64 + "\"}";
            case BAD_BASE64 -> pipesBody(base64.substring(0, base64.length() / 2) + "*" + base64.substring(base64.length() / 2));
            case LATIN_1 -> pipesBody(Base64.getEncoder().encodeToString(
                    ("{\"x\":\"ação\"," + body.substring(1)).getBytes(StandardCharsets.ISO_8859_1)));
            case BROKEN_UTF8 -> pipesBody(Base64.getEncoder().encodeToString(concat(
                    body.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF})));
            case RECORDS_NOT_A_LIST -> "{\"Records\":" + kinesisRecord(base64) + "}";
            case NO_RECORDS -> "{\"Records\":[]}";
            case DATA_AS_JSON -> "{\"eventSource\":\"aws:kinesis\",\"data\":" + body + "}";
            case TRAILING_TEXT -> body + " {}";
            case DUPLICATE_KEY -> body.replaceFirst("\\{", "{\"metadata\":{},");
            case BYTE_ORDER_MARK -> "\uFEFF" + body;
            case SCALAR -> "\"" + base64 + "\"";
        };
    }

    private static String kinesisEvent(String base64) {
        return "{\"Records\":[" + kinesisRecord(base64) + "]}";
    }

    private static String kinesisRecord(String base64) {
        return "{\"kinesis\":{\"partitionKey\":\"reservas.reserva\",\"data\":\"" + base64
                + "\"},\"eventSource\":\"aws:kinesis\"}";
    }

    private static String pipesBody(String base64) {
        return "{\"eventSource\":\"aws:kinesis\",\"partitionKey\":\"reservas.reserva\",\"data\":\"" + base64 + "\"}";
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static ObjectNode tree(String text) {
        try {
            return (ObjectNode) DmsFixtures.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return DmsFixtures.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
