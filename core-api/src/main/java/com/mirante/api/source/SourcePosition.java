package com.mirante.api.source;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a change came from in the legacy database, carried by every command and domain event so
 * that the history in the event store can be traced back to the row change that caused it.
 *
 * <p>Delivery from DMS through SQS is at least once and unordered, so aggregates use
 * {@link #isNewerThan(SourcePosition)} to drop duplicates and images older than what they hold.
 *
 * @param table               legacy {@code schema.table}
 * @param key                 the row's primary key as DMS renders it (composite keys joined by {@code |})
 * @param operation           what happened to the row
 * @param transactionId       legacy transaction id; {@code null} for full-load records
 * @param transactionRecordId position of the record inside its transaction; {@code null} for full-load records
 * @param committedAt         commit time in UTC; {@code null} for full-load records
 * @param streamPosition      the source log position (PostgreSQL LSN form); {@code null} for full-load records
 * @param rowVersion          the row's version number, raised on every change, where the table has one
 */
public record SourcePosition(
        String table,
        String key,
        SourceOperation operation,
        Long transactionId,
        Long transactionRecordId,
        Instant committedAt,
        String streamPosition,
        Long rowVersion) {

    private static final Comparator<SourcePosition> COMMIT_ORDER = Comparator
            .comparingLong(SourcePosition::commitLsn)
            .thenComparingLong(p -> p.transactionRecordId == null ? 0 : p.transactionRecordId);

    public SourcePosition {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operation, "operation");
    }

    /**
     * Whether this change happened after {@code other} in the legacy database. The row version
     * decides where both have one; otherwise the commit order does, and a full-load image counts
     * as older than any captured change (DMS applies cached changes after the load).
     */
    public boolean isNewerThan(SourcePosition other) {
        if (other == null) {
            return true;
        }
        if (rowVersion != null && other.rowVersion != null) {
            return rowVersion > other.rowVersion;
        }
        boolean captured = streamPosition != null;
        boolean otherCaptured = other.streamPosition != null;
        if (captured != otherCaptured) {
            return captured;
        }
        return captured && COMMIT_ORDER.compare(this, other) > 0;
    }

    /**
     * The commit LSN as a number: the first {@code hi/lo} pair of a PostgreSQL stream position
     * such as {@code 0000A3F1/2C00A148.2.0000A3F1/2C00A148}; 0 for full-load records.
     */
    public long commitLsn() {
        if (streamPosition == null) {
            return 0;
        }
        int dot = streamPosition.indexOf('.');
        String lsn = dot < 0 ? streamPosition : streamPosition.substring(0, dot);
        int slash = lsn.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("Not a PostgreSQL LSN: " + streamPosition);
        }
        long high = Long.parseLong(lsn.substring(0, slash), 16);
        long low = Long.parseLong(lsn.substring(slash + 1), 16);
        return (high << 32) | low;
    }
}
