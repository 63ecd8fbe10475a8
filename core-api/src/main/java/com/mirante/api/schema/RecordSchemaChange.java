package com.mirante.api.schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * DMS reported a change to a legacy table's definition.
 *
 * @param table      legacy {@code schema.table}
 * @param columns    the table's columns after the change, when the task sends control details; else empty
 * @param primaryKey the key columns, when sent
 * @param taskId     the DMS task that reported it, when sent
 * @param emittedAt  when DMS built the record: control records carry no commit position
 */
public record RecordSchemaChange(
        String table,
        SchemaChangeKind kind,
        Map<String, ColumnDefinition> columns,
        List<String> primaryKey,
        String taskId,
        Instant emittedAt) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return LegacyTableIds.aggregateId(table);
    }
}
