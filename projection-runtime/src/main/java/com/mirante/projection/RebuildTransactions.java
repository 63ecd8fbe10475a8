package com.mirante.projection;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transactions of a rebuild's processor: Axon's own, with the rebuild's schema first in the
 * search path, so the projection's unqualified tables are the new ones while everything else
 * (tokens, dead letters, other models) is found in the live schema.
 */
public final class RebuildTransactions implements TransactionManager {

    private static final ThreadLocal<String> REBUILDING = new ThreadLocal<>();

    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;
    private final String rebuildSchema;
    private final String searchPath;

    RebuildTransactions(TransactionManager delegate, JdbcTemplate jdbc, String rebuildSchema, String liveSchema) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.rebuildSchema = rebuildSchema;
        this.searchPath = rebuildSchema + ", " + liveSchema;
    }

    /** Whether this thread works for a rebuild: its changes are not live, nobody is to be told of them. */
    public static boolean active() {
        return REBUILDING.get() != null;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        String outer = REBUILDING.get();
        REBUILDING.set(rebuildSchema);
        try {
            jdbc.execute("SET LOCAL search_path TO " + searchPath);
        } catch (RuntimeException e) {
            restore(outer);
            transaction.rollback();
            throw e;
        }
        return new Transaction() {
            @Override
            public void commit() {
                try {
                    transaction.commit();
                } finally {
                    restore(outer);
                }
            }

            @Override
            public void rollback() {
                try {
                    transaction.rollback();
                } finally {
                    restore(outer);
                }
            }
        };
    }

    private static void restore(String outer) {
        if (outer == null) {
            REBUILDING.remove();
        } else {
            REBUILDING.set(outer);
        }
    }
}
