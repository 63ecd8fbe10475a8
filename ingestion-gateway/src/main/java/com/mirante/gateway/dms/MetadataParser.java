package com.mirante.gateway.dms;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every field of a record's {@code metadata} for type and form, against the contract's
 * list of fields, operations and presence rules, before anything is applied: a field that is
 * missing, of another type, of another form or not in the contract rejects the record.
 */
final class MetadataParser {

    static final Set<String> DATA_OPERATIONS = Set.of("load", "insert", "update", "delete");
    static final Set<String> CONTROL_OPERATIONS = Set.of("create-table", "drop-table", "rename-table", "add-column",
            "drop-column", "rename-column", "column-type-change", "change-columns");
    private static final Set<String> FIELDS = Set.of("timestamp", "record-type", "operation", "partition-key-type",
            "partition-key-value", "schema-name", "table-name", "transaction-id", "transaction-record-id",
            "prev-transaction-id", "prev-transaction-record-id", "commit-timestamp", "stream-position");
    /** What a captured change carries and a full-load record never does. */
    private static final Set<String> CAPTURE_FIELDS = Set.of("transaction-id", "transaction-record-id",
            "commit-timestamp", "stream-position");
    /** PostgreSQL's commit LSN, the record's sequence in it, and the LSN again: {@code 0000A3F1/2C00A148.2.0000A3F1/2C00A148}. */
    private static final Pattern STREAM_POSITION =
            Pattern.compile("[0-9A-F]{8}/[0-9A-F]{8}\\.[0-9]{1,9}\\.[0-9A-F]{8}/[0-9A-F]{8}");
    /** PostgreSQL's longest identifier (NAMEDATALEN - 1). */
    private static final int MAX_IDENTIFIER_BYTES = 63;
    private static final int MAX_TEXT_CHARS = 256;
    private static final int MAX_INSTANT_CHARS = 40;
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST_EXCLUSIVE = Instant.parse("2200-01-01T00:00:00Z");

    private final JsonNode metadata;

    private MetadataParser(JsonNode metadata) {
        this.metadata = metadata;
    }

    static DmsMetadata parse(JsonNode metadata) {
        if (metadata == null || !metadata.isObject()) {
            throw new InvalidChangeRecordException("NO_METADATA", "metadata is missing or not an object");
        }
        return new MetadataParser(metadata).parse();
    }

    private DmsMetadata parse() {
        metadata.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw bad(field, "is not a field of the contract");
            }
        });
        String recordType = requiredText("record-type");
        String operation = requiredText("operation");
        checkOperation(recordType, operation);
        checkCaptureFields(operation);
        String tableName = identifier("table-name");
        if (tableName.isEmpty() && "data".equals(recordType)) {
            throw bad("table-name", "is empty on a data record");
        }
        return new DmsMetadata(
                instant("timestamp", true),
                recordType,
                operation,
                text("partition-key-type"),
                text("partition-key-value"),
                identifier("schema-name"),
                tableName,
                count("transaction-id"),
                count("transaction-record-id"),
                count("prev-transaction-id"),
                count("prev-transaction-record-id"),
                instant("commit-timestamp", false),
                streamPosition());
    }

    private static void checkOperation(String recordType, String operation) {
        Set<String> operations = switch (recordType) {
            case "data" -> DATA_OPERATIONS;
            case "control" -> CONTROL_OPERATIONS;
            default -> throw new InvalidChangeRecordException("UNKNOWN_RECORD_TYPE",
                    "Unknown record-type: " + Echo.of(recordType));
        };
        if (!operations.contains(operation)) {
            throw new InvalidChangeRecordException("UNKNOWN_OPERATION",
                    "Unknown " + recordType + " operation: " + Echo.of(operation));
        }
    }

    /** A captured change is ordered by its commit position; a full-load image by none, so it must not carry one. */
    private void checkCaptureFields(String operation) {
        boolean load = "load".equals(operation);
        boolean captured = DATA_OPERATIONS.contains(operation) && !load;
        for (String field : CAPTURE_FIELDS) {
            if (captured && isAbsent(field)) {
                throw missing(field);
            }
            if (load && !isAbsent(field)) {
                throw bad(field, "is on a load record, which has no commit position");
            }
        }
    }

    private boolean isAbsent(String field) {
        JsonNode value = metadata.get(field);
        return value == null || value.isNull();
    }

    private String requiredText(String field) {
        String value = text(field);
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    private String text(String field) {
        if (isAbsent(field)) {
            return null;
        }
        JsonNode value = metadata.get(field);
        if (!value.isTextual()) {
            throw bad(field, "is not a string: " + Echo.of(value));
        }
        String text = value.textValue();
        if (text.length() > MAX_TEXT_CHARS || !isPrintable(text)) {
            throw bad(field, "is not a short printable string: " + Echo.of(value));
        }
        return text;
    }

    /** A schema or table name: always present, possibly empty (DMS's own tables have no schema). */
    private String identifier(String field) {
        String name = requiredText(field);
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
            throw bad(field, "is longer than a PostgreSQL identifier: " + Echo.of(name));
        }
        return name;
    }

    /** A transaction or record number: a JSON integer from 0 to {@link Long#MAX_VALUE}. */
    private Long count(String field) {
        if (isAbsent(field)) {
            return null;
        }
        JsonNode value = metadata.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw bad(field, "is not a non-negative integer: " + Echo.of(value));
        }
        return value.longValue();
    }

    private Instant instant(String field, boolean required) {
        String text = required ? requiredText(field) : text(field);
        if (text == null) {
            return null;
        }
        try {
            Instant instant = text.length() > MAX_INSTANT_CHARS ? null : Instant.parse(text);
            if (instant != null && !instant.isBefore(EARLIEST) && instant.isBefore(LATEST_EXCLUSIVE)) {
                return instant;
            }
        } catch (DateTimeException e) {
            throw bad(field, "is not an instant: " + Echo.of(text));
        }
        throw bad(field, "is not an instant from 1900 to 2199: " + Echo.of(text));
    }

    private String streamPosition() {
        String position = text("stream-position");
        if (position != null && !STREAM_POSITION.matcher(position).matches()) {
            throw bad("stream-position", "is not a PostgreSQL position XXXXXXXX/XXXXXXXX.N.XXXXXXXX/XXXXXXXX: "
                    + Echo.of(position));
        }
        return position;
    }

    /** No control characters and no half of a surrogate pair: nothing a PostgreSQL name or DMS code holds. */
    private static boolean isPrintable(String text) {
        return text.codePoints().noneMatch(c -> Character.isISOControl(c)
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    private static InvalidChangeRecordException missing(String field) {
        return new InvalidChangeRecordException("NO_METADATA", "metadata." + Echo.of(field) + " is missing");
    }

    private static InvalidChangeRecordException bad(String field, String reason) {
        return new InvalidChangeRecordException("BAD_METADATA", "metadata." + Echo.of(field) + " " + reason);
    }
}
