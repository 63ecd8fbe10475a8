package com.mirante.gateway.dms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * One DMS record by the contract: its four top-level keys and no other, {@code data} on every
 * data record, a {@code before-image} only on updates, and neither on a control record.
 */
final class RecordParser {

    private static final Set<String> KEYS = Set.of("data", "before-image", "control", "metadata");

    private RecordParser() {
    }

    static DmsRecord parse(JsonNode node) {
        node.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                throw new InvalidChangeRecordException("BAD_RECORD", Echo.of(key) + " is not a key of a DMS record");
            }
        });
        DmsMetadata metadata = MetadataParser.parse(node.get("metadata"));
        DmsRecord record = new DmsRecord(metadata, object(node, "data"), object(node, "before-image"),
                object(node, "control"));
        if (metadata.isControl()) {
            if (record.data() != null || record.beforeImage() != null) {
                throw new InvalidChangeRecordException("BAD_RECORD", "Control record with a row image");
            }
        } else {
            if (record.data() == null) {
                throw new InvalidChangeRecordException("NO_DATA",
                        "Data record without data for " + metadata.qualifiedTable());
            }
            if (record.control() != null) {
                throw new InvalidChangeRecordException("BAD_RECORD", "Data record with control details");
            }
            if (record.beforeImage() != null && !"update".equals(metadata.operation())) {
                throw new InvalidChangeRecordException("BAD_RECORD",
                        "before-image on a " + metadata.operation() + " record: DMS sends it with updates only");
            }
        }
        return record;
    }

    private static ObjectNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new InvalidChangeRecordException("BAD_RECORD", field + " is not an object");
        }
        return (ObjectNode) value;
    }
}
