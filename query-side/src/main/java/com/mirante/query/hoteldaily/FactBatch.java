package com.mirante.query.hoteldaily;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The fact changes of one batch of events, kept until the batch commits: then the facts it touches
 * are read in one query per table, changed in memory in event order, and written back in one
 * statement per table, and the counters move by the difference between each fact as it was and as
 * it ends. A replay thus costs a handful of statements per batch instead of one per event.
 */
final class FactBatch {

    /** The facts of the batch, changed as the events say. */
    private record Facts(Map<Long, ReservationFact> reservations, Map<Long, InvoiceFacts> invoices) {
    }

    private final Set<Long> reservationIds = new TreeSet<>();
    private final Set<Long> invoiceIds = new TreeSet<>();
    private final List<Consumer<Facts>> changes = new ArrayList<>();

    /** @param change from the reservation as it is (null if not known) to what it becomes (null: forgotten) */
    void changeReservation(long reservationId, UnaryOperator<ReservationFact> change) {
        reservationIds.add(reservationId);
        changes.add(facts -> facts.reservations().compute(reservationId, (id, reservation) -> change.apply(reservation)));
    }

    void changeInvoice(long invoiceId, Consumer<InvoiceFacts> change) {
        invoiceIds.add(invoiceId);
        changes.add(facts -> change.accept(facts.invoices().get(invoiceId)));
    }

    void apply(HotelDailyFacts store, NightCounters counters) {
        Map<Long, ReservationFact> reservationsBefore = store.reservations(reservationIds);
        Map<Long, InvoiceFacts> invoicesBefore = store.invoices(invoiceIds);
        Map<Long, InvoiceFacts> invoices = new HashMap<>();
        invoicesBefore.forEach((id, invoice) -> invoices.put(id, invoice.copy()));
        Facts facts = new Facts(new HashMap<>(reservationsBefore), invoices);
        changes.forEach(change -> change.accept(facts));

        for (Long id : reservationIds) {
            counters.replace(reservationsBefore.get(id), facts.reservations().get(id));
        }
        for (Long id : invoiceIds) {
            InvoiceFacts before = invoicesBefore.get(id);
            InvoiceFacts after = invoices.get(id);
            Set<Long> charges = new TreeSet<>(before.charges.keySet());
            charges.addAll(after.charges.keySet());
            for (Long charge : charges) {
                counters.replace(fact(before, charge), fact(after, charge));
            }
        }
        store.writeReservations(reservationIds, reservationsBefore, facts.reservations());
        store.writeInvoices(invoiceIds, invoicesBefore, invoices);
    }

    private static ChargeFact fact(InvoiceFacts invoice, Long chargeId) {
        ChargeRow row = invoice.charges.get(chargeId);
        return row == null ? null : row.in(invoice.countingHotel());
    }
}
