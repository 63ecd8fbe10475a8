package com.mirante.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Fresh databases on the JVM's embedded PostgreSQL, for tests that must not share state. */
public final class EmbeddedDatabases {

    private static final Set<String> OWNED_BY_ROLES = new HashSet<>();

    private EmbeddedDatabases() {
    }

    /** Creates the database {@code name} (letters, digits, underscores) and returns its JDBC URL, as the superuser. */
    public static String create(String name) {
        execute("create database " + checked(name));
        return EmbeddedPostgres.jdbcUrl(0).replace("/postgres?", "/" + name + "?");
    }

    /**
     * The database {@code name} as a Mirante installation has it, created on first use: owned by
     * {@link EmbeddedRoles#OWNER}, the roles of {@code sql/roles/create-roles.sql} beside it. Its URL
     * names no user: connect with {@link #connectionAs}.
     */
    public static synchronized String ownedByRoles(String name) {
        if (!OWNED_BY_ROLES.contains(checked(name))) {
            EmbeddedRoles.create();
            execute("create database " + name + " owner " + EmbeddedRoles.OWNER);
            OWNED_BY_ROLES.add(name);
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
        try (Connection connection = DriverManager.getConnection(EmbeddedPostgres.jdbcUrl(0));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }

    private static String checked(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        return name;
    }
}
