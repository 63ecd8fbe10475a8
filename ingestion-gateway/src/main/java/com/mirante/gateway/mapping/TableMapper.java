package com.mirante.gateway.mapping;

import com.mirante.gateway.dms.DmsRecord;
import java.util.List;

/**
 * The anti-corruption layer for one legacy table: turns a data record into the commands it
 * means in the hotel's language. The only place where legacy names and codes are known.
 */
public interface TableMapper {

    /** The legacy {@code schema.table} this mapper reads. */
    String table();

    /** The commands for one insert, update, delete or full-load record of {@link #table()}. */
    List<Object> commandsFor(DmsRecord record);
}
