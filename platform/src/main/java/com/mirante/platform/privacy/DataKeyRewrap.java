package com.mirante.platform.privacy;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves data keys to the current master key, batch by batch in the order of the guest ids: the
 * keys kept in clear before envelope encryption (once, {@link WrapClearDataKeys}), and after a
 * rotation the keys still wrapped under a retired master key ({@link RewrapDataKeys}). Only the
 * data keys' wrapping changes, never a data key, so no event is touched. A row is rewritten only if
 * it still holds what was read: a guest shredded meanwhile stays shredded.
 */
final class DataKeyRewrap {

    /** @param previousMasterKeyId null for a key kept in clear */
    private record Row(long guestId, byte[] dataKey, String previousMasterKeyId) {
    }

    private final MasterKeys masterKeys;
    private final String table;
    private final int batchSize;

    DataKeyRewrap(MasterKeys masterKeys, String table, int batchSize) {
        this.masterKeys = masterKeys;
        this.table = table;
        this.batchSize = batchSize;
    }

    /** Wraps the keys kept in clear and empties their clear column; returns how many. */
    int wrapClearKeys(JdbcTemplate jdbc) {
        return moveToCurrentKey(jdbc, after -> jdbc.query("SELECT guest_id, data_key FROM " + table
                        + " WHERE wrapped_key IS NULL AND guest_id > ? ORDER BY guest_id LIMIT ?",
                (row, index) -> new Row(row.getLong(1), row.getBytes(2), null), after, batchSize),
                "UPDATE " + table + " SET wrapped_key = ?, master_key_id = ?, data_key = NULL"
                        + " WHERE guest_id = ? AND master_key_id IS NULL");
    }

    /** Wraps again under the current master key the keys wrapped under another; returns how many. */
    int rewrapUnderCurrentKey(JdbcTemplate jdbc) {
        String current = masterKeys.current().id();
        return moveToCurrentKey(jdbc, after -> jdbc.query("SELECT guest_id, wrapped_key, master_key_id FROM " + table
                        + " WHERE master_key_id <> ? AND guest_id > ? ORDER BY guest_id LIMIT ?",
                (row, index) -> {
                    long guestId = row.getLong(1);
                    String from = row.getString(3);
                    return new Row(guestId, masterKeys.named(from).unwrap(guestId, row.getBytes(2)), from);
                }, current, after, batchSize),
                "UPDATE " + table + " SET wrapped_key = ?, master_key_id = ? WHERE guest_id = ? AND master_key_id = ?");
    }

    private interface Batches {
        List<Row> after(long guestId);
    }

    private int moveToCurrentKey(JdbcTemplate jdbc, Batches batches, String update) {
        MasterKey current = masterKeys.current();
        int moved = 0;
        long after = Long.MIN_VALUE;
        for (List<Row> batch = batches.after(after); !batch.isEmpty(); batch = batches.after(after)) {
            List<Object[]> rows = new ArrayList<>();
            for (Row row : batch) {
                byte[] wrapped = current.wrap(row.guestId(), row.dataKey());
                rows.add(row.previousMasterKeyId() == null
                        ? new Object[] {wrapped, current.id(), row.guestId()}
                        : new Object[] {wrapped, current.id(), row.guestId(), row.previousMasterKeyId()});
            }
            jdbc.batchUpdate(update, rows);
            moved += batch.size();
            after = batch.get(batch.size() - 1).guestId();
        }
        return moved;
    }
}
