package com.mirante.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Fresh databases on the JVM's embedded PostgreSQL, for tests that must not share state. */
public final class EmbeddedDatabases {

    private EmbeddedDatabases() {
    }

    /** Creates the database {@code name} (letters, digits, underscores) and returns its JDBC URL. */
    public static String create(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        String url = EmbeddedPostgres.jdbcUrl(0);
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return url.replace("/postgres?", "/" + name + "?");
    }
}
