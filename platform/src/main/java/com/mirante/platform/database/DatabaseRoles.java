package com.mirante.platform.database;

import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The runtime roles the migrations grant their rights to ({@code afterMigrate__grants.sql} of each
 * schema, where they are the placeholders {@code gatewayRole}, {@code queryRole} and
 * {@code grafanaRole}). A role that does not exist is skipped, so an installation where everything
 * connects as the owner changes nothing. {@code sql/roles/create-roles.sql} creates them under
 * these default names.
 *
 * @param gateway the ingestion gateway's role: appends and reads events, never changes one
 * @param query   the query side's role: reads the event store, owns the query model
 * @param grafana Grafana's role: reads the query-model tables its dashboards use, nothing else
 */
@ConfigurationProperties("mirante.database.roles")
public record DatabaseRoles(String gateway, String query, String grafana) {

    /** Role names go into DDL: plain lower-case identifiers only. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public DatabaseRoles {
        gateway = checked("gateway", gateway == null ? "mirante_gateway" : gateway);
        query = checked("query", query == null ? "mirante_query" : query);
        grafana = checked("grafana", grafana == null ? "mirante_grafana" : grafana);
    }

    /** The roles as Flyway placeholders. */
    public Map<String, String> placeholders() {
        return Map.of("gatewayRole", gateway, "queryRole", query, "grafanaRole", grafana);
    }

    private static String checked(String property, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("mirante.database.roles." + property
                    + " must be a plain lower-case PostgreSQL identifier, not " + name);
        }
        return name;
    }
}
