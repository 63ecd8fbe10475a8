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

    /** The row after the change (for deletes, what DMS kept of it). */
    final RowImage row(DmsRecord record) {
        return new RowImage(table, record.data());
    }
}
