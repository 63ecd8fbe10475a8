package com.mirante.query.jdbc;

import static com.mirante.query.jdbc.ArrayStatements.array;
import static com.mirante.query.jdbc.ArrayStatements.statement;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowMapper;

/**
 * One query-model table, its columns named once: the select list, the batched upsert (a statement
 * for any number of rows, each column going as one array through {@code unnest}) and the reading of
 * a row all come from here, so a new column is one line in the list and one in the row mapper beside
 * it. Table names are unqualified: the connection's search path picks the tables, so a rebuild can
 * aim the same statements at new ones.
 *
 * @param <R> the row as the projection writes it and the API reads it
 */
public final class TableMapping<R> {

    /**
     * @param type  the PostgreSQL type, for the array's elements and its cast
     * @param value the column's value in a row
     */
    public record Column<R>(String name, String type, Function<? super R, ?> value) {
    }

    private final String table;
    private final List<Column<R>> columns;
    private final RowMapper<R> reader;
    private final String select;
    private final String upsert;

    /**
     * @param keySize how many of the first columns form the primary key; at least one column follows them
     * @param reader  a row from a result set holding every column
     */
    public TableMapping(String table, int keySize, RowMapper<R> reader, List<Column<R>> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.reader = reader;
        String names = names(this.columns);
        this.select = "SELECT " + names + " FROM " + table;
        this.upsert = "INSERT INTO " + table + " (" + names + ") SELECT * FROM unnest("
                + this.columns.stream().map(column -> "?::" + column.type() + "[]").collect(Collectors.joining(", "))
                + ") ON CONFLICT (" + names(this.columns.subList(0, keySize)) + ") DO UPDATE SET "
                + this.columns.subList(keySize, this.columns.size()).stream()
                        .map(column -> column.name() + " = EXCLUDED." + column.name())
                        .collect(Collectors.joining(", "));
    }

    public static <R> Column<R> column(String name, String type, Function<? super R, ?> value) {
        return new Column<>(name, type, value);
    }

    /** {@code SELECT} every column {@code FROM} the table, for the caller's conditions and order. */
    public String select() {
        return select;
    }

    public RowMapper<R> reader() {
        return reader;
    }

    /** The rows whose column holds one of these values. */
    public List<R> readWhere(JdbcOperations jdbc, String column, Collection<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        String type = typeOf(column);
        return jdbc.query(connection -> statement(connection, select + " WHERE " + column + " = ANY(?)",
                array(connection, type, values)), reader);
    }

    /** Inserts or replaces these rows, in their order, in one statement. */
    public void upsert(JdbcOperations jdbc, Collection<? extends R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.update(connection -> statement(connection, upsert, arrays(connection, rows)));
    }

    /** Removes the rows whose column holds one of these values. */
    public void deleteWhere(JdbcOperations jdbc, String column, Collection<?> values) {
        if (values.isEmpty()) {
            return;
        }
        String type = typeOf(column);
        jdbc.update(connection -> statement(connection, "DELETE FROM " + table + " WHERE " + column + " = ANY(?)",
                array(connection, type, values)));
    }

    public void clear(JdbcOperations jdbc) {
        jdbc.update("DELETE FROM " + table);
    }

    private Array[] arrays(Connection connection, Collection<? extends R> rows) throws SQLException {
        Array[] arrays = new Array[columns.size()];
        for (int i = 0; i < arrays.length; i++) {
            Column<R> column = columns.get(i);
            arrays[i] = array(connection, column.type(), rows.stream().map(column.value()).toList());
        }
        return arrays;
    }

    private String typeOf(String column) {
        return columns.stream().filter(candidate -> candidate.name().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(table + " has no column " + column)).type();
    }

    private static String names(List<? extends Column<?>> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }
}
