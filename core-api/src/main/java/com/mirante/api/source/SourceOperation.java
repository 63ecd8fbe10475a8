package com.mirante.api.source;

/** The kind of legacy row change a domain event comes from. */
public enum SourceOperation {
    /** A row image from the DMS full load (no commit position). */
    LOAD,
    INSERT,
    UPDATE,
    DELETE
}
