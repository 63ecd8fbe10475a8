package com.mirante.gateway.dms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads the DMS records in one SQS message body. The relay may forward the DMS JSON as it is,
 * wrap it in a Kinesis Lambda event ({@code Records[].kinesis.data}), or forward the Kinesis
 * record through EventBridge Pipes (a record, or an array of them, with base64 {@code data}).
 */
@Component
public class DmsMessageReader {

    private final ObjectMapper json;

    public DmsMessageReader(ObjectMapper json) {
        this.json = json;
    }

    public List<DmsRecord> read(String body) {
        JsonNode root = parse(body);
        List<DmsRecord> records = new ArrayList<>();
        collect(root, records);
        return records;
    }

    private void collect(JsonNode node, List<DmsRecord> records) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, records);
            }
        } else if (node.has("metadata")) {
            records.add(toRecord(node));
        } else if (node.path("Records").isArray()) {
            for (JsonNode kinesisRecord : node.get("Records")) {
                collect(decode(kinesisRecord.path("kinesis").path("data")), records);
            }
        } else if (node.path("data").isTextual() && node.has("eventSource")) {
            collect(decode(node.get("data")), records);
        } else {
            throw new InvalidChangeRecordException("NO_METADATA",
                    "Neither a DMS record (no metadata) nor a Kinesis or EventBridge Pipes envelope");
        }
    }

    private JsonNode decode(JsonNode data) {
        if (!data.isTextual()) {
            throw new InvalidChangeRecordException("BAD_ENVELOPE", "Kinesis record without base64 data");
        }
        try {
            return parse(new String(Base64.getDecoder().decode(data.asText()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidChangeRecordException("BAD_ENVELOPE", "Kinesis data is not base64: " + e.getMessage(), e);
        }
    }

    private JsonNode parse(String text) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new InvalidChangeRecordException("NOT_JSON", "Empty message body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidChangeRecordException("NOT_JSON", "Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private DmsRecord toRecord(JsonNode node) {
        JsonNode metadata = node.get("metadata");
        if (!metadata.isObject()) {
            throw new InvalidChangeRecordException("NO_METADATA", "metadata is not an object");
        }
        DmsMetadata parsed = new DmsMetadata(
                instant(metadata, "timestamp"),
                required(metadata, "record-type"),
                required(metadata, "operation"),
                text(metadata, "partition-key-type"),
                text(metadata, "partition-key-value"),
                text(metadata, "schema-name"),
                required(metadata, "table-name"),
                number(metadata, "transaction-id"),
                number(metadata, "transaction-record-id"),
                number(metadata, "prev-transaction-id"),
                number(metadata, "prev-transaction-record-id"),
                instant(metadata, "commit-timestamp"),
                text(metadata, "stream-position"));
        return new DmsRecord(parsed, object(node, "data"), object(node, "before-image"), object(node, "control"));
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

    private static String required(JsonNode metadata, String field) {
        String value = text(metadata, field);
        if (value == null) {
            throw new InvalidChangeRecordException("NO_METADATA", "metadata." + field + " is missing");
        }
        return value;
    }

    private static String text(JsonNode metadata, String field) {
        JsonNode value = metadata.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Long number(JsonNode metadata, String field) {
        JsonNode value = metadata.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return value.asLong();
            }
            if (value.isTextual()) {
                return Long.parseLong(value.asText().trim());
            }
        } catch (NumberFormatException e) {
            throw new InvalidChangeRecordException("BAD_METADATA", "metadata." + field + " is not a number: " + value, e);
        }
        throw new InvalidChangeRecordException("BAD_METADATA", "metadata." + field + " is not a number: " + value);
    }

    private static Instant instant(JsonNode metadata, String field) {
        String value = text(metadata, field);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidChangeRecordException("BAD_METADATA", "metadata." + field + " is not an instant: " + value, e);
        }
    }
}
