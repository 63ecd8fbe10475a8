package com.mirante.gateway.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Routes each DMS record to the mapper of its table. */
@Component
public class ChangeMapping {

    private static final Logger log = LoggerFactory.getLogger(ChangeMapping.class);

    /** Stands for the value of a new column of a table that may hold personal data. */
    static final String WITHHELD = "(withheld: may be personal data)";

    private final Map<String, TableMapper> mappers;

    public ChangeMapping(List<TableMapper> mappers) {
        this.mappers = mappers.stream().collect(Collectors.toMap(TableMapper::table, Function.identity()));
    }

    /**
     * Columns of a data record that its table's mapper does not know (a column added to the legacy
     * table), with their values as text, so that they are kept with the events instead of being
     * dropped; only the names where the table may hold personal data.
     */
    private static Map<String, String> unknownColumns(TableMapper mapper, DmsRecord record) {
        Map<String, String> unknown = new TreeMap<>();
        record.data().fields().forEachRemaining(column -> {
            if (!mapper.columns().contains(column.getKey())) {
                JsonNode value = column.getValue();
                unknown.put(column.getKey(), mapper.mayHoldPersonalData() ? WITHHELD
                        : value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString());
            }
        });
        return unknown;
    }

    /**
     * What a record as {@link com.mirante.gateway.dms.DmsMessageReader} reads it means; a record
     * that can never be applied throws {@link InvalidChangeRecordException}.
     */
    public MappedChange map(DmsRecord record) {
        String table = record.metadata().qualifiedTable();
        String tableName = record.metadata().tableName();
        // DMS's own bookkeeping tables, and control records about no table, are not the chain's data
        // (the reader refuses a data record without a table name).
        if (tableName.isEmpty() || tableName.startsWith("awsdms_")) {
            return MappedChange.NOTHING;
        }
        if (record.metadata().isControl()) {
            log.info("Schema change {} on {}", record.metadata().operation(), table);
            return new MappedChange(List.of(SchemaChangeMapper.commandFor(record)), Map.of());
        }
        TableMapper mapper = mappers.get(table);
        if (mapper == null) {
            throw new InvalidChangeRecordException("UNKNOWN_TABLE", "No mapper for table " + table);
        }
        return new MappedChange(mapper.commandsFor(record), unknownColumns(mapper, record));
    }
}
