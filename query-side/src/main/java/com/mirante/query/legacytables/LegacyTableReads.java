package com.mirante.query.legacytables;

import com.mirante.api.schema.SchemaChangeKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the legacy tables query model for the API: every table, or one ({@code table} null: every one). */
@Repository
class LegacyTableReads {

    /** Changes and reloads shown per table: a table reloaded every night for years keeps them all. */
    static final int LATEST = 100;
    private static final String WHICH = " WHERE (CAST(:table AS varchar) IS NULL OR table_name = :table)";

    private final JdbcClient jdbc;

    LegacyTableReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LegacyTableView> read(String table) {
        Map<String, List<LegacyTableView.Column>> columns = byTable(table, """
                SELECT table_name, column_name, type, length, precision, scale, nullable FROM legacy_table_column"""
                + WHICH + " ORDER BY table_name, position", (row, number) -> new LegacyTableView.Column(
                row.getString("column_name"), row.getString("type"), row.getObject("length", Integer.class),
                row.getObject("precision", Integer.class), row.getObject("scale", Integer.class),
                row.getObject("nullable", Boolean.class)));
        Map<String, List<LegacyTableView.Change>> changes = byTable(table, latest("legacy_table_change", "changed_at"),
                (row, number) -> new LegacyTableView.Change(SchemaChangeKind.valueOf(row.getString("kind")),
                        instant(row, "changed_at"), strings(row.getArray("added")), strings(row.getArray("dropped"))));
        Map<String, List<LegacyTableView.Reload>> reloads = byTable(table, latest("legacy_table_reload", "reloaded_at"),
                (row, number) -> new LegacyTableView.Reload(instant(row, "dropped_at"), instant(row, "reloaded_at"),
                        row.getString("task_id")));
        return jdbc.sql("SELECT table_name, dropped_at FROM legacy_table" + WHICH + " ORDER BY table_name")
                .param("table", table)
                .query((row, number) -> {
                    String name = row.getString("table_name");
                    return new LegacyTableView(name, instant(row, "dropped_at"), columns.getOrDefault(name, List.of()),
                            changes.getOrDefault(name, List.of()), reloads.getOrDefault(name, List.of()));
                })
                .list();
    }

    /** The newest {@link #LATEST} rows of each table, newest first. */
    private static String latest(String relation, String time) {
        return "SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY table_name ORDER BY " + time + " DESC) AS n"
                + " FROM " + relation + WHICH + ") latest WHERE n <= " + LATEST + " ORDER BY table_name, n";
    }

    private <T> Map<String, List<T>> byTable(String table, String sql, RowMapper<T> read) {
        return jdbc.sql(sql).param("table", table)
                .query((row, number) -> Map.entry(row.getString("table_name"), read.mapRow(row, number)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                        Collectors.toList())));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }
}
