package com.mirante.query.legacytables;

import com.mirante.api.schema.ColumnDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a schema change did to a table's columns: the ones it added and dropped, and the columns
 * known after it. A change can only be told when both definitions are known: DMS sends none
 * without control details, and the first one seen of a table (often an add-column, the table
 * being older than the task) is where its columns start to be known, not what changed.
 *
 * @param columns the table's columns after the change, in DMS's order
 */
record ColumnDrift(List<String> added, List<String> dropped, Map<String, ColumnDefinition> columns) {

    ColumnDrift {
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /**
     * @param known    the columns known before the change, empty when none are
     * @param reported the definition the change carries, empty when DMS sent none
     */
    static ColumnDrift between(Map<String, ColumnDefinition> known, Map<String, ColumnDefinition> reported) {
        if (reported.isEmpty()) {
            return new ColumnDrift(List.of(), List.of(), known);
        }
        if (known.isEmpty()) {
            return new ColumnDrift(List.of(), List.of(), reported);
        }
        return new ColumnDrift(missingFrom(known, reported), missingFrom(reported, known), reported);
    }

    private static List<String> missingFrom(Map<String, ColumnDefinition> from, Map<String, ColumnDefinition> in) {
        return in.keySet().stream().filter(column -> !from.containsKey(column)).sorted().toList();
    }
}
