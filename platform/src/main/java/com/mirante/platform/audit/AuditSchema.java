package com.mirante.platform.audit;

import com.mirante.platform.database.SchemaMigrations;

/**
 * The audit trail's table, migrated by Flyway from {@code sql/audit} into a schema of its own with
 * its own history table, apart from the event store and the query models, so database roles can
 * be granted on it alone ({@code afterMigrate__grants.sql}: the gateway appends, the query side
 * appends and lists, Grafana reads nothing). Both applications write to it and migrate it at start,
 * as the migration user: Flyway locks the schema, so concurrent starts are safe.
 */
public final class AuditSchema {

    static final String SCHEMA = "audit";
    /** Qualified: the applications' connections search other schemas first. */
    public static final String RECORDS = SCHEMA + ".audit_record";

    AuditSchema(SchemaMigrations migrations) {
        migrations.configure(SCHEMA, "classpath:db/audit").load().migrate();
    }
}
