package com.mirante.projection;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transactions of a rebuild's processor: Axon's own, with the rebuild's schema first in the
 * search path, so the projection's unqualified tables are the new ones while everything else
 * (tokens, dead letters, other models) is found in the live schema. Handlers learn that they work
 * for a rebuild from {@link RebuildContext}.
 */
final class RebuildTransactions implements TransactionManager {

    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;
    private final String searchPath;

    RebuildTransactions(TransactionManager delegate, JdbcTemplate jdbc, String rebuildSchema, String liveSchema) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.searchPath = rebuildSchema + ", " + liveSchema;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try {
            jdbc.execute("SET LOCAL search_path TO " + searchPath);
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        return transaction;
    }
}
