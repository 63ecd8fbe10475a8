package com.mirante.platform.privacy;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migration 5 of the event store, in Java because it needs the master key: wraps the data keys
 * kept in clear until then (migration 4 added the wrapped columns, migration 6 drops the clear one),
 * in the migration's transaction.
 */
final class WrapClearDataKeys implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(WrapClearDataKeys.class);

    private final DataKeyRewrap rewrap;

    WrapClearDataKeys(DataKeyRewrap rewrap) {
        this.rewrap = rewrap;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "wrap clear personal data keys";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        int wrapped = rewrap.wrapClearKeys(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
        log.info("Wrapped {} personal data keys kept in clear under the master key", wrapped);
    }
}
