package com.mirante.query.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Statements whose parameters are whole columns as PostgreSQL arrays: how the batch projections
 * read the rows a batch needs ({@code = ANY(?)}) and write a batch at once ({@code unnest(?, ?, ...)}).
 */
public final class ArrayStatements {

    private ArrayStatements() {
    }

    public static PreparedStatement statement(Connection connection, String sql, Array... columns)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < columns.length; i++) {
            statement.setArray(i + 1, columns[i]);
        }
        return statement;
    }

    public static Array longs(Connection connection, Collection<Long> values) throws SQLException {
        return array(connection, "bigint", values);
    }

    /**
     * One column of values, in the collection's order, as an array of this PostgreSQL type. Dates and
     * times go as their ISO text, which PostgreSQL reads as the same values whatever the JVM's time zone.
     */
    public static Array array(Connection connection, String type, Collection<?> values) throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }
}
