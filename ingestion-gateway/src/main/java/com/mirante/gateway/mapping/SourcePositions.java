package com.mirante.gateway.mapping;

import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsMetadata;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;

/** Builds the {@link SourcePosition} a command carries from the record's metadata. */
final class SourcePositions {

    private SourcePositions() {
    }

    static SourcePosition of(DmsRecord record, String key, Long rowVersion) {
        DmsMetadata metadata = record.metadata();
        return new SourcePosition(metadata.qualifiedTable(), key, operation(metadata.operation()),
                metadata.transactionId(), metadata.transactionRecordId(), metadata.commitTimestamp(),
                metadata.streamPosition(), rowVersion);
    }

    static SourceOperation operation(String dmsOperation) {
        return switch (dmsOperation) {
            case "load" -> SourceOperation.LOAD;
            case "insert" -> SourceOperation.INSERT;
            case "update" -> SourceOperation.UPDATE;
            case "delete" -> SourceOperation.DELETE;
            default -> throw new InvalidChangeRecordException("UNKNOWN_OPERATION",
                    "Unknown data operation: " + dmsOperation);
        };
    }
}
