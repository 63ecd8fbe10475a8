package com.mirante.simulator.dms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Plays AWS DMS over the legacy database: turns row changes into one-line DMS JSON records.
 * Transaction ids and the WAL position (LSN) advance through the whole database, since other
 * tables' traffic moves them too; each task points every record of a transaction at the last
 * record of the previous transaction it captured, and repeats the commit LSN on all of them.
 */
public final class ChangeCapture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<String> out;
    private final Random random;
    private final Map<LegacyTable.Task, long[]> previousByTask = new EnumMap<>(LegacyTable.Task.class);
    private long transactionId;
    private long lsn;
    private long records;

    public ChangeCapture(Consumer<String> out, Random random, long firstTransactionId, long firstLsn) {
        this.out = out;
        this.random = random;
        this.transactionId = firstTransactionId;
        this.lsn = firstLsn;
    }

    /** A full-load row: no transaction details, partitioned by primary key. */
    public void load(LegacyTable table, Map<String, Object> row, Instant builtAt) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("timestamp", Values.utc(builtAt));
        metadata.put("record-type", "data");
        metadata.put("operation", "load");
        metadata.put("partition-key-type", "primary-key");
        StringBuilder key = new StringBuilder(table.qualifiedName());
        table.key().forEach(column -> key.append('.').append(row.get(column)));
        metadata.put("partition-key-value", key.toString());
        metadata.put("schema-name", table.schema());
        metadata.put("table-name", table.tableName());
        emit(row, null, metadata);
    }

    public Transaction begin(Instant commitTimestamp) {
        return new Transaction(commitTimestamp);
    }

    public long records() {
        return records;
    }

    private void emit(Map<String, Object> data, Map<String, Object> beforeImage, Map<String, Object> metadata) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("data", data);
        if (beforeImage != null) {
            message.put("before-image", beforeImage);
        }
        message.put("metadata", metadata);
        try {
            out.accept(JSON.writeValueAsString(message));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        records++;
    }

    /** One source transaction; its records go out, in order, when it commits. */
    public final class Transaction {

        private final Instant commitTimestamp;
        private final Map<LegacyTable.Task, Integer> recordIds = new EnumMap<>(LegacyTable.Task.class);
        private final List<Runnable> changes = new ArrayList<>();
        private Duration lag;

        private Transaction(Instant commitTimestamp) {
            this.commitTimestamp = commitTimestamp;
        }

        public Transaction insert(LegacyTable table, Map<String, Object> row) {
            changes.add(() -> change(table, "insert", row, null));
            return this;
        }

        /** @param before the row before the change: its key tells DMS whether the key changed */
        public Transaction update(LegacyTable table, Map<String, Object> before, Map<String, Object> after) {
            changes.add(() -> change(table, "update", after, beforeImage(table, before, after)));
            return this;
        }

        public Transaction delete(LegacyTable table, Map<String, Object> row) {
            changes.add(() -> change(table, "delete", deleteImage(table, row), null));
            return this;
        }

        public void commit() {
            if (changes.isEmpty()) {
                return;
            }
            lag = Duration.ofNanos((40 + random.nextInt(400)) * 1_000_000L + random.nextInt(1000) * 1_000L);
            transactionId += 1 + random.nextInt(40);
            // The WAL moves on with the commit record and whatever other sessions wrote meanwhile.
            lsn += 0x200L + random.nextInt(0x4000);
            changes.forEach(Runnable::run);
            recordIds.forEach((task, last) -> previousByTask.put(task, new long[] {transactionId, last}));
        }

        private void change(LegacyTable table, String operation, Map<String, Object> data,
                            Map<String, Object> beforeImage) {
            LegacyTable.Task task = table.task();
            int recordId = recordIds.merge(task, 1, Integer::sum);
            long[] previous = previousByTask.get(task);
            Map<String, Object> metadata = new LinkedHashMap<>();
            // DMS builds a task's records of one transaction one after the other, some tens of ms after the commit.
            Instant builtAt = commitTimestamp.plus(lag).plusNanos(recordId * (30 + random.nextInt(300)) * 1_000L);
            metadata.put("timestamp", Values.utc(builtAt));
            metadata.put("record-type", "data");
            metadata.put("operation", operation);
            metadata.put("partition-key-type", "schema-table");
            metadata.put("schema-name", table.schema());
            metadata.put("table-name", table.tableName());
            metadata.put("transaction-id", transactionId);
            metadata.put("transaction-record-id", recordId);
            if (previous != null) {
                metadata.put("prev-transaction-id", previous[0]);
                metadata.put("prev-transaction-record-id", previous[1]);
            }
            metadata.put("commit-timestamp", Values.utc(commitTimestamp));
            String position = "%08X/%08X".formatted(lsn >>> 32, lsn & 0xFFFFFFFFL);
            metadata.put("stream-position", position + ".2." + position);
            emit(data, beforeImage, metadata);
        }

        private Map<String, Object> beforeImage(LegacyTable table, Map<String, Object> before,
                                                Map<String, Object> after) {
            switch (table.task().beforeImage) {
                case ALL:
                    return before;
                case PK_ONLY:
                    Map<String, Object> oldKey = new LinkedHashMap<>();
                    boolean keyChanged = table.key().stream()
                            .anyMatch(column -> !String.valueOf(before.get(column)).equals(String.valueOf(after.get(column))));
                    if (keyChanged) {
                        table.key().forEach(column -> oldKey.put(column, before.get(column)));
                    }
                    return oldKey;
                default:
                    return null;
            }
        }

        private Map<String, Object> deleteImage(LegacyTable table, Map<String, Object> row) {
            if (table.task().fullReplicaIdentity) {
                return row;
            }
            Map<String, Object> keyOnly = new LinkedHashMap<>();
            row.forEach((column, value) -> keyOnly.put(column, table.key().contains(column) ? value : null));
            return keyOnly;
        }
    }
}
