package com.mirante.gateway.dms;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads the DMS records in one SQS message body, in the three shapes of the contract and no other:
 * the DMS JSON as it is; a Kinesis Lambda event, {@code Records[].kinesis.data} each the base64 of
 * one DMS JSON; or an EventBridge Pipes body, one Kinesis record with base64 {@code data}. The
 * decoded data is DMS JSON, never another envelope.
 */
@Component
public class DmsMessageReader {

    private static final String KINESIS = "aws:kinesis";

    private final ObjectReader json;

    public DmsMessageReader(ObjectMapper json) {
        // Pinned whatever the application's mapper says: a repeated key or text after the JSON makes
        // the body ambiguous, and a decimal read as a double could turn 1e400 into infinity.
        this.json = json.reader().with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    public List<DmsRecord> read(String body) {
        JsonNode root = parse(body);
        if (root.isObject()) {
            if (root.has("metadata")) {
                return List.of(RecordParser.parse(root));
            }
            if (root.has("Records")) {
                return lambdaEvent(root.get("Records"));
            }
            if (root.has("eventSource")) {
                return List.of(kinesisRecord(root, root.get("data")));
            }
            throw new InvalidChangeRecordException("NO_METADATA",
                    "An object that is neither a DMS record (no metadata) nor a Kinesis or EventBridge Pipes envelope");
        }
        throw new InvalidChangeRecordException("UNKNOWN_SHAPE",
                "Neither a DMS record, a Kinesis Lambda event nor an EventBridge Pipes body, but "
                        + (root.isArray() ? "an array" : "a " + root.getNodeType().name().toLowerCase()));
    }

    private List<DmsRecord> lambdaEvent(JsonNode records) {
        if (!records.isArray() || records.isEmpty()) {
            throw new InvalidChangeRecordException("BAD_ENVELOPE", "Records is not a list of Kinesis records");
        }
        List<DmsRecord> read = new ArrayList<>(records.size());
        for (JsonNode record : records) {
            read.add(kinesisRecord(record, record.path("kinesis").get("data")));
        }
        return read;
    }

    private DmsRecord kinesisRecord(JsonNode record, JsonNode data) {
        if (!KINESIS.equals(record.path("eventSource").textValue())) {
            throw new InvalidChangeRecordException("BAD_ENVELOPE", "eventSource is not " + KINESIS);
        }
        if (data == null || !data.isTextual()) {
            throw new InvalidChangeRecordException("BAD_ENVELOPE", "Kinesis record without base64 data");
        }
        JsonNode decoded = parse(decode(data.textValue()));
        if (!decoded.isObject() || !decoded.has("metadata")) {
            throw new InvalidChangeRecordException("BAD_ENVELOPE", "Kinesis data is not a DMS record");
        }
        return RecordParser.parse(decoded);
    }

    private static String decode(String base64) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidChangeRecordException("BAD_ENVELOPE", "Kinesis data is not base64", e);
        } catch (CharacterCodingException e) {
            throw new InvalidChangeRecordException("BAD_ENVELOPE", "Kinesis data is not UTF-8", e);
        }
    }

    private JsonNode parse(String text) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new InvalidChangeRecordException("NOT_JSON", "Empty message body");
            }
            return node;
        } catch (JacksonException e) {
            throw new InvalidChangeRecordException("NOT_JSON", "Not JSON: " + Echo.of(e.getOriginalMessage()), e);
        } catch (NumberFormatException e) {
            // Read exactly, a number such as 1e2147483648 has an exponent no decimal can hold.
            throw new InvalidChangeRecordException("OUT_OF_RANGE", "A number in the body is beyond any column's range",
                    e);
        }
    }
}
