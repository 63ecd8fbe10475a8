package com.mirante.query.reservations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The reservation changes of one batch of events, kept until the batch commits: then the rows they
 * depend on are read in one query, changed in memory in event order, and written back in one
 * statement for the rows that stay and one for those that go. A replay thus costs a few statements
 * per batch instead of a read and a write per event.
 */
final class ReservationBatch {

    /** What the batch leaves: the rows to write and the reservations to forget. */
    record Outcome(SortedMap<Long, ReservationRow> written, List<Long> removed) {
    }

    /** Per reservation, from its row before the batch (null: not held) to its row after (null: gone). */
    private final Map<Long, UnaryOperator<ReservationRow>> changes = new TreeMap<>();
    private final Set<Long> toRead = new TreeSet<>();

    /** The reservation is this row from now on, whatever the model held. */
    void place(ReservationRow row) {
        changes.put(row.reservationId(), held -> row);
        toRead.remove(row.reservationId());
    }

    void remove(long reservationId) {
        changes.put(reservationId, held -> null);
        toRead.remove(reservationId);
    }

    /** Changes the reservation if the model holds it by then; one it does not hold stays unknown. */
    void change(long reservationId, UnaryOperator<ReservationRow> change) {
        UnaryOperator<ReservationRow> earlier = changes.get(reservationId);
        if (earlier == null) {
            toRead.add(reservationId);
            earlier = UnaryOperator.identity();
        }
        UnaryOperator<ReservationRow> before = earlier;
        changes.put(reservationId, held -> {
            ReservationRow row = before.apply(held);
            return row == null ? null : change.apply(row);
        });
    }

    /** The reservations whose outcome depends on the row the model holds before the batch. */
    Set<Long> toRead() {
        return toRead;
    }

    /** @param held the rows the model holds among {@link #toRead()} */
    Outcome outcome(Map<Long, ReservationRow> held) {
        SortedMap<Long, ReservationRow> written = new TreeMap<>();
        List<Long> removed = new ArrayList<>();
        changes.forEach((id, change) -> {
            ReservationRow before = held.get(id);
            ReservationRow after = change.apply(before);
            if (after == null) {
                // Unread rows may exist: only a row read as absent needs no delete.
                if (before != null || !toRead.contains(id)) {
                    removed.add(id);
                }
            } else if (!after.equals(before)) {
                written.put(id, after);
            }
        });
        return new Outcome(written, removed);
    }
}
