package com.mirante.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The roles of a Mirante database on the JVM's embedded PostgreSQL, created once by
 * {@code sql/roles/create-roles.sql} as on any other server: the owner, who owns the database and
 * runs the migrations, and the roles the applications and Grafana connect as. Their passwords are
 * random for the JVM (the embedded server trusts local connections, but they are given as a real
 * server needs them). On a cluster kept from an earlier run the roles exist: they get this JVM's
 * passwords instead.
 */
public final class EmbeddedRoles {

    public static final String OWNER = "mirante";
    public static final String GATEWAY = "mirante_gateway";
    public static final String QUERY = "mirante_query";
    public static final String GRAFANA = "mirante_grafana";

    private static final Map<String, String> PASSWORDS = Map.of(OWNER, random(), GATEWAY, random(), QUERY, random(),
            GRAFANA, random());
    private static boolean created;

    private EmbeddedRoles() {
    }

    public static String password(String role) {
        String password = PASSWORDS.get(role);
        if (password == null) {
            throw new IllegalArgumentException("No embedded role " + role);
        }
        return password;
    }

    static synchronized void create() {
        if (created) {
            return;
        }
        if (EmbeddedDatabases.exists("pg_roles", "rolname", OWNER)) {
            PASSWORDS.forEach((role, password) ->
                    EmbeddedDatabases.execute("ALTER ROLE " + role + " PASSWORD '" + password + "'"));
        } else {
            String script = PsqlScript.substitute(createRolesScript(), Map.of("owner", OWNER,
                    "gateway_password", password(GATEWAY), "query_password", password(QUERY),
                    "grafana_password", password(GRAFANA)));
            EmbeddedDatabases.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + password(OWNER) + "'");
            EmbeddedDatabases.execute(script);
        }
        created = true;
    }

    /** {@code sql/roles/create-roles.sql}, packaged by this module's build. */
    private static String createRolesScript() {
        try (InputStream script = EmbeddedRoles.class.getResourceAsStream("/db/roles/create-roles.sql")) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }
}
