package com.mirante.gateway.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.api.schema.ColumnDefinition;
import com.mirante.api.schema.RecordSchemaChange;
import com.mirante.api.schema.SchemaChangeKind;
import com.mirante.gateway.dms.DmsMetadata;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a DMS control record into an entry of the table's schema-drift log. */
final class SchemaChangeMapper {

    private SchemaChangeMapper() {
    }

    static RecordSchemaChange commandFor(DmsRecord record) {
        DmsMetadata metadata = record.metadata();
        JsonNode tableDefinition = record.control() == null ? null : record.control().get("table-def");
        return new RecordSchemaChange(
                metadata.qualifiedTable(),
                kind(metadata.operation()),
                columns(tableDefinition),
                primaryKey(tableDefinition),
                "task-id".equals(metadata.partitionKeyType()) ? metadata.partitionKeyValue() : null,
                metadata.timestamp() == null ? Instant.EPOCH : metadata.timestamp());
    }

    private static SchemaChangeKind kind(String operation) {
        try {
            return SchemaChangeKind.valueOf(operation.toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidChangeRecordException("UNKNOWN_OPERATION", "Unknown control operation: " + operation, e);
        }
    }

    private static Map<String, ColumnDefinition> columns(JsonNode tableDefinition) {
        Map<String, ColumnDefinition> columns = new LinkedHashMap<>();
        if (tableDefinition != null && tableDefinition.path("columns").isObject()) {
            tableDefinition.get("columns").fields().forEachRemaining(column -> columns.put(column.getKey(),
                    new ColumnDefinition(
                            column.getValue().path("type").asText(null),
                            integer(column.getValue(), "length"),
                            integer(column.getValue(), "precision"),
                            integer(column.getValue(), "scale"),
                            column.getValue().hasNonNull("nullable") ? column.getValue().get("nullable").asBoolean() : null)));
        }
        return columns;
    }

    private static Integer integer(JsonNode column, String field) {
        return column.hasNonNull(field) ? column.get(field).asInt() : null;
    }

    private static List<String> primaryKey(JsonNode tableDefinition) {
        List<String> key = new ArrayList<>();
        if (tableDefinition != null) {
            tableDefinition.path("primary-key").forEach(column -> key.add(column.asText()));
        }
        return key;
    }
}
