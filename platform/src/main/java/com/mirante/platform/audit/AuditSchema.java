package com.mirante.platform.audit;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The audit trail's table, migrated by Flyway from {@code sql/audit} into a schema of its own with
 * its own history table, apart from the event store and the query models, so database roles can
 * be granted on it alone. Both applications write to it and migrate it at start: Flyway locks the
 * schema, so concurrent starts are safe.
 */
public final class AuditSchema {

    static final String SCHEMA = "audit";
    /** Qualified: the applications' connections search other schemas first. */
    public static final String RECORDS = SCHEMA + ".audit_record";

    AuditSchema(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .locations("classpath:db/audit")
                .load()
                .migrate();
    }
}
