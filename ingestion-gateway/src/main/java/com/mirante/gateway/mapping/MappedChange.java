package com.mirante.gateway.mapping;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one DMS record means: the commands to send, in order, and the columns of the row that no
 * mapper knows yet (values withheld where the table may hold personal data).
 */
public record MappedChange(List<Object> commands, Map<String, String> unknownColumns) {

    static final MappedChange NOTHING = new MappedChange(List.of(), Map.of());

    public MappedChange {
        commands = List.copyOf(commands);
        unknownColumns = Collections.unmodifiableMap(new TreeMap<>(unknownColumns));
    }
}
