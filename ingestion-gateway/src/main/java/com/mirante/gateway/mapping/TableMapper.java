package com.mirante.gateway.mapping;

import com.mirante.gateway.dms.DmsRecord;
import java.util.List;
import java.util.Set;

/**
 * The anti-corruption layer for one legacy table: turns a data record into the commands it
 * means in the hotel's language. The only place where legacy names and codes are known.
 */
public interface TableMapper {

    /** The legacy {@code schema.table} this mapper reads. */
    String table();

    /** The commands for one insert, update, delete or full-load record of {@link #table()}. */
    List<Object> commandsFor(DmsRecord record);

    /** The table's columns this mapper knows; any other column in a record is new to it. */
    Set<String> columns();

    /** Whether a column new to this mapper could hold personal data, so that only its name is kept. */
    default boolean mayHoldPersonalData() {
        return false;
    }
}
