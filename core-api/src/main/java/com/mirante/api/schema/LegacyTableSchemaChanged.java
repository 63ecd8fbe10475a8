package com.mirante.api.schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An entry of a legacy table's schema-drift log: columns added, dropped, renamed or retyped, or
 * the table created. {@code columns} is the definition after the change, when DMS sent it.
 */
public record LegacyTableSchemaChanged(
        String table,
        SchemaChangeKind kind,
        Map<String, ColumnDefinition> columns,
        List<String> primaryKey,
        String taskId,
        Instant emittedAt) {
}
