package com.mirante.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.logging.Log;

/** Fresh databases on the JVM's embedded PostgreSQL, for tests that must not share state. */
public final class EmbeddedDatabases {

    /** Databases this JVM created (the local run's second application finds the first's). */
    private static final Set<String> CREATED = new HashSet<>();

    private EmbeddedDatabases() {
    }

    /** Creates the database {@code name} (letters, digits, underscores) and returns its JDBC URL, as the superuser. */
    public static String create(String name) {
        execute("create database " + checked(name));
        return EmbeddedPostgres.jdbcUrl(0).replace("/postgres?", "/" + name + "?");
    }

    /**
     * The database {@code name} as a Mirante installation has it, created on first use: owned by
     * {@link EmbeddedRoles#OWNER}, the roles of {@code sql/roles/create-roles.sql} beside it (a kept
     * cluster may have it from an earlier run). Its URL names no user: connect with {@link #connectionAs}.
     */
    public static String ownedByRoles(String name) {
        return ownedByRoles(name, null, null);
    }

    /** As {@link #ownedByRoles(String)}, a new database filled from {@code restore}, a dump (null: none). */
    static synchronized String ownedByRoles(String name, Path restore, Log log) {
        EmbeddedRoles.create();
        if (!exists("pg_database", "datname", checked(name))) {
            execute("create database " + name + " owner " + EmbeddedRoles.OWNER);
            CREATED.add(name);
            if (restore != null) {
                DumpRestore.into(name, restore);
                log.info("Restored database " + name + " from " + restore);
            }
        } else if (restore != null && !CREATED.contains(name)) {
            log.warn("Not restoring " + restore + ": database " + name + " exists already (a restore fills a new"
                    + " data directory only)");
        }
        return EmbeddedPostgres.jdbcUrl(0).replaceAll("/postgres\\?.*", "/" + name);
    }

    /** The properties an application connects with as {@code role}, its migrations as the owner. */
    public static Map<String, String> connectionAs(String role) {
        return Map.of("spring.datasource.username", role,
                "spring.datasource.password", EmbeddedRoles.password(role),
                "spring.flyway.user", EmbeddedRoles.OWNER,
                "spring.flyway.password", EmbeddedRoles.password(EmbeddedRoles.OWNER));
    }

    static void execute(String sql) {
        execute(EmbeddedPostgres.jdbcUrl(0), sql);
    }

    static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }

    /** Whether the catalog {@code table} has a row whose {@code column} is {@code value}. */
    static boolean exists(String table, String column, String value) {
        try (Connection connection = DriverManager.getConnection(EmbeddedPostgres.jdbcUrl(0));
             PreparedStatement statement = connection.prepareStatement(
                     "select 1 from pg_catalog." + table + " where " + column + " = ?")) {
            statement.setString(1, value);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + table, e);
        }
    }

    private static String checked(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        return name;
    }
}
