package com.mirante.query.legacytables;

import static com.mirante.query.jdbc.ArrayStatements.array;

import com.mirante.api.schema.ColumnDefinition;
import com.mirante.api.schema.SchemaChangeKind;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The legacy tables query model as the projection reads and writes it. Table names are unqualified:
 * the connection's search path chooses the tables, so a rebuild aims the same statements at new ones.
 */
@Component
class LegacyTableStore {

    private final JdbcTemplate jdbc;

    LegacyTableStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The table's known columns, in DMS's order; empty when none are known. */
    Map<String, ColumnDefinition> columns(String table) {
        Map<String, ColumnDefinition> columns = new LinkedHashMap<>();
        jdbc.query("""
                SELECT column_name, type, length, precision, scale, nullable FROM legacy_table_column
                 WHERE table_name = ? ORDER BY position""", row -> {
            columns.put(row.getString("column_name"), new ColumnDefinition(row.getString("type"),
                    row.getObject("length", Integer.class), row.getObject("precision", Integer.class),
                    row.getObject("scale", Integer.class), row.getObject("nullable", Boolean.class)));
        }, table);
        return columns;
    }

    /** Logs the change (once: the same change handled again is the same row) and keeps the columns it leaves. */
    void changed(String table, SchemaChangeKind kind, Instant changedAt, Instant recordedAt, ColumnDrift drift) {
        known(table);
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO legacy_table_change (table_name, kind, changed_at, recorded_at, added, dropped)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
            insert.setString(1, table);
            insert.setString(2, kind.name());
            insert.setObject(3, utc(changedAt));
            insert.setObject(4, utc(recordedAt));
            insert.setArray(5, array(connection, "varchar", drift.added()));
            insert.setArray(6, array(connection, "varchar", drift.dropped()));
            return insert;
        });
        jdbc.update("DELETE FROM legacy_table_column WHERE table_name = ?", table);
        List<Object[]> columns = new ArrayList<>();
        drift.columns().forEach((name, column) -> columns.add(new Object[] {table, name, columns.size() + 1,
                column.type(), column.length(), column.precision(), column.scale(), column.nullable()}));
        jdbc.batchUpdate("""
                INSERT INTO legacy_table_column (table_name, column_name, position, type, length, precision, scale,
                                                 nullable)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", columns);
    }

    /** Created again long after it was dropped: not a reload, a change of its own. */
    void created(String table) {
        jdbc.update("UPDATE legacy_table SET dropped_at = NULL WHERE table_name = ?", table);
    }

    void dropped(String table, Instant droppedAt) {
        jdbc.update("""
                INSERT INTO legacy_table (table_name, dropped_at) VALUES (?, ?)
                ON CONFLICT (table_name) DO UPDATE SET dropped_at = EXCLUDED.dropped_at""", table, utc(droppedAt));
    }

    /** The drop was the first half of the reload: the table is there again, as it was. */
    void reloaded(String table, Instant droppedAt, Instant reloadedAt, String taskId) {
        known(table);
        created(table);
        jdbc.update("""
                INSERT INTO legacy_table_reload (table_name, dropped_at, reloaded_at, task_id) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", table, utc(droppedAt), utc(reloadedAt), taskId);
    }

    void clear() {
        for (String table : List.of("legacy_table_reload", "legacy_table_change", "legacy_table_column", "legacy_table")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    private void known(String table) {
        jdbc.update("INSERT INTO legacy_table (table_name) VALUES (?) ON CONFLICT DO NOTHING", table);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
