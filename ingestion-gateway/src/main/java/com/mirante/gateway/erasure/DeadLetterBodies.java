package com.mirante.gateway.erasure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mirante.gateway.dms.DmsMessageReader;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import com.mirante.gateway.mapping.GuestRows;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The guests a dead letter's body names, and the body without their personal data, in each shape
 * the relay may send (the DMS JSON, a Kinesis Lambda event, EventBridge Pipes), read as the
 * gateway reads them ({@link DmsMessageReader}).
 *
 * <p>A body the reader refuses cannot be taken apart: it is searched as text for a guest id
 * column, and if that names an erased guest the whole body is withheld (its reason, in the
 * letter's attributes, stays). A body that names no guest that way (a broken Kinesis envelope,
 * whose records are base64) is kept as it is; the queue's retention bounds how long.
 */
@Component
class DeadLetterBodies {

    /** The body of a letter that did not parse and named an erased guest. */
    static final String WITHHELD = "(withheld: a dead letter that does not parse and names an erased guest)";

    private final DmsMessageReader reader;
    private final ObjectMapper json;

    DeadLetterBodies(DmsMessageReader reader, ObjectMapper json) {
        this.reader = reader;
        this.json = json;
    }

    /** The guests whose rows the body holds. */
    Set<Long> guestsNamed(String body) {
        List<DmsRecord> records;
        try {
            records = reader.read(body);
        } catch (InvalidChangeRecordException e) {
            return GuestRows.guestIdsInText(body);
        }
        Set<Long> guests = new HashSet<>();
        records.forEach(record -> guests.addAll(guestsOf(record)));
        return guests;
    }

    /** The body without the personal data of the {@code erased} guests; {@code body} itself when it holds none. */
    String redact(String body, Set<Long> erased) {
        try {
            reader.read(body);
        } catch (InvalidChangeRecordException e) {
            return GuestRows.guestIdsInText(body).stream().anyMatch(erased::contains) ? WITHHELD : body;
        }
        JsonNode root = parse(body);
        return rewrite(root, erased) ? write(root) : body;
    }

    /**
     * Follows the shapes {@link DmsMessageReader} accepted (an object: a DMS record, a Kinesis Lambda
     * event or a Pipes body); true when a record in {@code node} changed.
     */
    private boolean rewrite(JsonNode node, Set<Long> erased) {
        if (node.has("metadata")) {
            return redactRecord((ObjectNode) node, erased);
        }
        if (node.path("Records").isArray()) {
            boolean changed = false;
            for (JsonNode kinesisRecord : node.get("Records")) {
                changed |= rewriteData((ObjectNode) kinesisRecord.get("kinesis"), erased);
            }
            return changed;
        }
        return rewriteData((ObjectNode) node, erased);
    }

    /** A Kinesis record's base64 {@code data}, encoded again only when it changed. */
    private boolean rewriteData(ObjectNode kinesisRecord, Set<Long> erased) {
        JsonNode decoded = parse(new String(Base64.getDecoder().decode(kinesisRecord.get("data").asText()),
                StandardCharsets.UTF_8));
        // The reader takes only a DMS record inside an envelope.
        if (!redactRecord((ObjectNode) decoded, erased)) {
            return false;
        }
        kinesisRecord.put("data", Base64.getEncoder().encodeToString(write(decoded).getBytes(StandardCharsets.UTF_8)));
        return true;
    }

    /** Both row images lose their personal columns when either names an erased guest. */
    private boolean redactRecord(ObjectNode node, Set<Long> erased) {
        DmsRecord record = reader.read(write(node)).get(0);
        if (guestsOf(record).stream().noneMatch(erased::contains)) {
            return false;
        }
        String table = record.metadata().qualifiedTable();
        boolean changed = GuestRows.redact(table, record.data()) | GuestRows.redact(table, record.beforeImage());
        if (changed) {
            node.set("data", record.data());
            if (record.beforeImage() != null) {
                node.set("before-image", record.beforeImage());
            }
        }
        return changed;
    }

    private static Set<Long> guestsOf(DmsRecord record) {
        String table = record.metadata().qualifiedTable();
        Set<Long> guests = new HashSet<>();
        Stream.of(record.data(), record.beforeImage())
                .forEach(image -> GuestRows.guestOf(table, image).ifPresent(guests::add));
        return guests;
    }


    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A body the reader parsed no longer parses", e);
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree cannot be written", e);
        }
    }
}
