package com.mirante.platform.privacy;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * After every migration of the event store, at start and as the migration user (so no runtime
 * role needs to update a key), the data keys still wrapped under a retired master key are wrapped
 * again under the current one. Outside Flyway's transaction: every batch commits apart, so a
 * large rewrap that is interrupted keeps what it did. Applications starting together take turns
 * (an advisory lock), and the later ones find nothing left to do.
 */
final class RewrapDataKeys implements Callback {

    private static final Logger log = LoggerFactory.getLogger(RewrapDataKeys.class);

    private final DataKeyRewrap rewrap;
    private final String table;

    RewrapDataKeys(DataKeyRewrap rewrap, String table) {
        this.rewrap = rewrap;
        this.table = table;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return false;
    }

    @Override
    public void handle(Event event, Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        jdbc.queryForList("SELECT pg_advisory_lock(hashtext(?))", table);
        try {
            int rewrapped = rewrap.rewrapUnderCurrentKey(jdbc);
            if (rewrapped > 0) {
                log.info("Wrapped {} personal data keys again under the current master key", rewrapped);
            }
        } finally {
            jdbc.queryForList("SELECT pg_advisory_unlock(hashtext(?))", table);
        }
    }

    @Override
    public String getCallbackName() {
        return "rewrap personal data keys";
    }
}
