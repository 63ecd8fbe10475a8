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
        return connection.createArrayOf("bigint", values.toArray());
    }
}
