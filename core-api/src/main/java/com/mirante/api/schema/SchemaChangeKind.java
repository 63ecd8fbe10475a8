package com.mirante.api.schema;

/** The DMS control operations: what happened to a legacy table's definition. */
public enum SchemaChangeKind {
    CREATE_TABLE,
    DROP_TABLE,
    RENAME_TABLE,
    ADD_COLUMN,
    DROP_COLUMN,
    RENAME_COLUMN,
    COLUMN_TYPE_CHANGE,
    CHANGE_COLUMNS
}
