package com.mirante.query.legacytables;

import com.mirante.api.schema.SchemaChangeKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A legacy table as DMS's control records describe it.
 *
 * @param droppedAt when DMS reported it dropped, if it has not been created again since
 * @param columns   its columns as the latest definition DMS sent gave them, in the table's order
 * @param changes   its latest schema changes, newest first (a reload's drop and create are not among them)
 * @param reloads   the DMS task's latest reloads of it, newest first
 */
public record LegacyTableView(String table, Instant droppedAt, List<Column> columns, List<Change> changes,
                              List<Reload> reloads) {

    /** A column as DMS types it ({@code INT64}, {@code WSTRING}...). */
    @Schema(name = "LegacyColumn")
    public record Column(String name, String type, Integer length, Integer precision, Integer scale, Boolean nullable) {
    }

    /**
     * @param at      when DMS reported it
     * @param added   the columns it added, when both definitions are known
     * @param dropped the columns it dropped, likewise
     */
    @Schema(name = "LegacyTableChange")
    public record Change(SchemaChangeKind kind, Instant at, List<String> added, List<String> dropped) {
    }

    @Schema(name = "LegacyTableReload")
    public record Reload(Instant droppedAt, Instant reloadedAt, String taskId) {
    }
}
