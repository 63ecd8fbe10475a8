package com.mirante.gateway.dms;

import java.time.Instant;

/**
 * The {@code metadata} of a DMS record. Transaction fields are absent on full-load and control
 * records. {@code timestamp} is when DMS built the message: never order by it.
 */
public record DmsMetadata(
        Instant timestamp,
        String recordType,
        String operation,
        String partitionKeyType,
        String partitionKeyValue,
        String schemaName,
        String tableName,
        Long transactionId,
        Long transactionRecordId,
        Long previousTransactionId,
        Long previousTransactionRecordId,
        Instant commitTimestamp,
        String streamPosition) {

    /** {@code schema.table}, or the bare table name for DMS's own tables that come without schema. */
    public String qualifiedTable() {
        return schemaName == null || schemaName.isEmpty() ? tableName : schemaName + "." + tableName;
    }

    public boolean isControl() {
        return "control".equals(recordType);
    }
}
