package com.mirante.gateway.mapping;

import com.mirante.gateway.dms.DmsRecord;
import java.util.Set;

/** A mapper of one legacy table, knowing every column the contract gives that table. */
abstract class LegacyTableMapper implements TableMapper {

    private final String table;
    private final Set<String> columns;

    /** @param columns every column of the contract, used or deliberately left out */
    LegacyTableMapper(String table, String... columns) {
        this.table = table;
        this.columns = Set.of(columns);
    }

    @Override
    public final String table() {
        return table;
    }

    @Override
    public final Set<String> columns() {
        return columns;
    }

    /** The columns the contract marks as personal data: a rejection names them but never repeats their value. */
    Set<String> personalColumns() {
        return Set.of();
    }

    /** The row after the change (for deletes, what DMS kept of it). */
    final RowImage row(DmsRecord record) {
        return new RowImage(table, record.data(), personalColumns());
    }

    /** The row before an update, as the task keeps it (all columns, the key, or none); {@code null} when absent. */
    final RowImage beforeImage(DmsRecord record) {
        return record.beforeImage() == null ? null : new RowImage("before-image of " + table, record.beforeImage(), personalColumns());
    }
}
