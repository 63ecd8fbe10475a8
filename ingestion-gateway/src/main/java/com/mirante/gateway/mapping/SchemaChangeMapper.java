package com.mirante.gateway.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.api.schema.ColumnDefinition;
import com.mirante.api.schema.RecordSchemaChange;
import com.mirante.api.schema.SchemaChangeKind;
import com.mirante.gateway.dms.DmsMetadata;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.Echo;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns a DMS control record into an entry of the table's schema-drift log. The control details
 * may be absent or empty; where present, each part has the type DMS gives it or the record is
 * rejected: a definition read with defaults would log a schema the table never had.
 */
final class SchemaChangeMapper {

    private SchemaChangeMapper() {
    }

    static RecordSchemaChange commandFor(DmsRecord record) {
        DmsMetadata metadata = record.metadata();
        JsonNode tableDefinition = record.control() == null ? null : record.control().get("table-def");
        if (tableDefinition != null && !tableDefinition.isNull() && !tableDefinition.isObject()) {
            throw bad("control.table-def is not an object");
        }
        boolean hasDefinition = tableDefinition != null && tableDefinition.isObject();
        return new RecordSchemaChange(
                metadata.qualifiedTable(),
                SchemaChangeKind.valueOf(metadata.operation().toUpperCase().replace('-', '_')),
                hasDefinition ? columns(tableDefinition.get("columns")) : Map.of(),
                hasDefinition ? primaryKey(tableDefinition.get("primary-key")) : List.of(),
                "task-id".equals(metadata.partitionKeyType()) ? metadata.partitionKeyValue() : null,
                metadata.timestamp());
    }

    private static Map<String, ColumnDefinition> columns(JsonNode columns) {
        Map<String, ColumnDefinition> definitions = new LinkedHashMap<>();
        if (columns == null || columns.isNull()) {
            return definitions;
        }
        if (!columns.isObject()) {
            throw bad("control.table-def.columns is not an object");
        }
        columns.fields().forEachRemaining(column -> {
            JsonNode definition = column.getValue();
            if (!definition.isObject()) {
                throw bad("control.table-def.columns." + Echo.of(column.getKey()) + " is not an object");
            }
            String name = column.getKey();
            definitions.put(name, new ColumnDefinition(
                    part(definition, name, "type", JsonNode::isTextual, JsonNode::textValue),
                    part(definition, name, "length", SchemaChangeMapper::isSize, JsonNode::intValue),
                    part(definition, name, "precision", SchemaChangeMapper::isSize, JsonNode::intValue),
                    part(definition, name, "scale", SchemaChangeMapper::isSize, JsonNode::intValue),
                    part(definition, name, "nullable", JsonNode::isBoolean, JsonNode::booleanValue)));
        });
        return definitions;
    }

    /** A part of a column's definition: absent, or of its type. */
    private static <T> T part(JsonNode definition, String column, String field, Predicate<JsonNode> ofItsType,
                              Function<JsonNode, T> value) {
        JsonNode part = definition.get(field);
        if (part == null || part.isNull()) {
            return null;
        }
        if (!ofItsType.test(part)) {
            throw bad("control.table-def.columns." + Echo.of(column) + "." + field + " is not of its type: "
                    + Echo.of(part));
        }
        return value.apply(part);
    }

    private static boolean isSize(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0;
    }

    private static List<String> primaryKey(JsonNode columns) {
        List<String> key = new ArrayList<>();
        if (columns == null || columns.isNull()) {
            return key;
        }
        if (!columns.isArray()) {
            throw bad("control.table-def.primary-key is not a list");
        }
        columns.forEach(column -> {
            if (!column.isTextual()) {
                throw bad("control.table-def.primary-key holds " + Echo.of(column));
            }
            key.add(column.textValue());
        });
        return key;
    }

    private static InvalidChangeRecordException bad(String reason) {
        return new InvalidChangeRecordException("BAD_RECORD", reason);
    }
}
