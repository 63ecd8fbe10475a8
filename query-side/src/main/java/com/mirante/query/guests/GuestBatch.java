package com.mirante.query.guests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The changes one batch of events makes to the guests query model, kept until the batch commits:
 * then the rows they need are read once, changed in memory in event order, and the rows the
 * events touched written (or removed) once. An erasure needs every reservation row of its guest, so that it removes
 * those recorded before it (also earlier in the batch) and none recorded after it, exactly as
 * handling one event at a time would.
 */
final class GuestBatch {

    /** What the batch leaves to write: the rows its events touched and the ids of the stored rows it removed. */
    record Writes(List<GuestEntry> guests, List<Long> guestsGone, List<GuestReservationEntry> reservations,
            List<Long> reservationsGone) {
    }

    private record Rows(Map<Long, GuestEntry> guests, Map<Long, GuestReservationEntry> reservations) {
    }

    private final Set<Long> guestIds = new TreeSet<>();
    private final Set<Long> erasedGuestIds = new TreeSet<>();
    private final Set<Long> reservationIds = new TreeSet<>();
    private final List<Consumer<Rows>> changes = new ArrayList<>();

    /** @param change from the guest as it is (null if not known) to what it becomes (null: removed) */
    void changeGuest(long guestId, UnaryOperator<GuestEntry> change) {
        guestIds.add(guestId);
        changes.add(rows -> rows.guests().compute(guestId, (id, guest) -> change.apply(guest)));
    }

    /** @param change from the reservation as it is (null if not known) to what it becomes (null: removed) */
    void changeReservation(long reservationId, UnaryOperator<GuestReservationEntry> change) {
        reservationIds.add(reservationId);
        changes.add(rows -> rows.reservations().compute(reservationId, (id, row) -> change.apply(row)));
    }

    /** The guest and every reservation row naming the guest at this point of the batch go. */
    void erase(long guestId) {
        guestIds.add(guestId);
        erasedGuestIds.add(guestId);
        changes.add(rows -> {
            rows.guests().remove(guestId);
            rows.reservations().values().removeIf(row -> Objects.equals(row.getGuestId(), guestId));
        });
    }

    /** The guests the batch needs. */
    Set<Long> guestIds() {
        return guestIds;
    }

    /** The reservations the batch needs by id; it also needs every reservation of the {@link #erasedGuestIds()}. */
    Set<Long> reservationIds() {
        return reservationIds;
    }

    Set<Long> erasedGuestIds() {
        return erasedGuestIds;
    }

    /**
     * Applies the batch's changes, in event order, to the rows it needs as they are stored.
     *
     * @param guests       the stored rows among {@link #guestIds()}; changed in place
     * @param reservations the stored rows among {@link #reservationIds()} and of the {@link #erasedGuestIds()};
     *                     changed in place
     */
    Writes apply(Map<Long, GuestEntry> guests, Map<Long, GuestReservationEntry> reservations) {
        Set<Long> storedGuests = Set.copyOf(guests.keySet());
        Set<Long> storedReservations = Set.copyOf(reservations.keySet());
        Rows rows = new Rows(guests, reservations);
        changes.forEach(change -> change.accept(rows));
        return new Writes(
                guestIds.stream().map(guests::get).filter(Objects::nonNull).toList(),
                storedGuests.stream().filter(id -> !guests.containsKey(id)).sorted().toList(),
                reservationIds.stream().map(reservations::get).filter(Objects::nonNull).toList(),
                storedReservations.stream().filter(id -> !reservations.containsKey(id)).sorted().toList());
    }
}
