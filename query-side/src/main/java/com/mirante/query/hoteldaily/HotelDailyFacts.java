package com.mirante.query.hoteldaily;

import static com.mirante.query.jdbc.ArrayStatements.array;
import static com.mirante.query.jdbc.ArrayStatements.longs;
import static com.mirante.query.jdbc.ArrayStatements.statement;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The fact tables behind the daily figures (one row per reservation, invoice and charge), read and
 * written many rows at a time: each statement takes whole columns as arrays.
 */
@Component
class HotelDailyFacts {

    private static final String UPSERT_RESERVATIONS = """
            INSERT INTO hotel_daily_reservation
                (reservation_id, hotel_id, arrival, departure, on_the_books, cancelled_on)
            SELECT * FROM unnest(?::bigint[], ?::varchar[], ?::date[], ?::date[], ?::boolean[], ?::date[])
            ON CONFLICT (reservation_id) DO UPDATE SET hotel_id = EXCLUDED.hotel_id, arrival = EXCLUDED.arrival,
                departure = EXCLUDED.departure, on_the_books = EXCLUDED.on_the_books,
                cancelled_on = EXCLUDED.cancelled_on""";

    private static final String UPSERT_INVOICES = """
            INSERT INTO hotel_daily_invoice (invoice_id, hotel_id)
            SELECT * FROM unnest(?::bigint[], ?::varchar[])
            ON CONFLICT (invoice_id) DO UPDATE SET hotel_id = EXCLUDED.hotel_id""";

    private static final String UPSERT_CHARGES = """
            INSERT INTO hotel_daily_charge
                (invoice_id, charge_id, service_code, amount, posted_on, reversed, removed)
            SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::numeric[], ?::date[], ?::boolean[],
                                 ?::boolean[])
            ON CONFLICT (invoice_id, charge_id) DO UPDATE SET service_code = EXCLUDED.service_code,
                amount = EXCLUDED.amount, posted_on = EXCLUDED.posted_on, reversed = EXCLUDED.reversed,
                removed = EXCLUDED.removed""";

    private static final String DELETE_CHARGES = """
            DELETE FROM hotel_daily_charge
            WHERE (invoice_id, charge_id) IN (SELECT * FROM unnest(?::bigint[], ?::bigint[]))""";

    private final JdbcTemplate jdbc;

    HotelDailyFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The reservations known among these ids. */
    Map<Long, ReservationFact> reservations(Collection<Long> ids) {
        Map<Long, ReservationFact> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> statement(connection, """
                        SELECT reservation_id, hotel_id, arrival, departure, on_the_books, cancelled_on
                        FROM hotel_daily_reservation WHERE reservation_id = ANY(?)""",
                        longs(connection, ids)),
                row -> {
                    found.put(row.getLong("reservation_id"), new ReservationFact(row.getString("hotel_id"),
                            row.getObject("arrival", LocalDate.class), row.getObject("departure", LocalDate.class),
                            row.getBoolean("on_the_books"), row.getObject("cancelled_on", LocalDate.class)));
                });
        return found;
    }

    /** Every one of these invoices with its charges; an invoice nothing is known of is empty and not recorded. */
    Map<Long, InvoiceFacts> invoices(Collection<Long> ids) {
        Map<Long, InvoiceFacts> found = new HashMap<>();
        ids.forEach(id -> found.put(id, new InvoiceFacts()));
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> statement(connection,
                        "SELECT invoice_id, hotel_id FROM hotel_daily_invoice WHERE invoice_id = ANY(?)",
                        longs(connection, ids)),
                row -> {
                    InvoiceFacts invoice = found.get(row.getLong("invoice_id"));
                    invoice.recorded = true;
                    invoice.hotelId = row.getString("hotel_id");
                });
        jdbc.query(connection -> statement(connection, """
                        SELECT invoice_id, charge_id, service_code, amount, posted_on, reversed, removed
                        FROM hotel_daily_charge WHERE invoice_id = ANY(?)""", longs(connection, ids)),
                row -> {
                    found.get(row.getLong("invoice_id")).charges.put(row.getLong("charge_id"), new ChargeRow(
                            row.getString("service_code"), row.getBigDecimal("amount"),
                            row.getObject("posted_on", LocalDate.class), row.getBoolean("reversed"),
                            row.getBoolean("removed")));
                });
        return found;
    }

    /** Writes the reservations that changed and forgets those that are gone. */
    void writeReservations(Collection<Long> ids, Map<Long, ReservationFact> before, Map<Long, ReservationFact> after) {
        List<Long> gone = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        for (Long id : ids) {
            ReservationFact now = after.get(id);
            if (now == null && before.containsKey(id)) {
                gone.add(id);
            } else if (now != null && !now.equals(before.get(id))) {
                changed.add(id);
            }
        }
        if (!gone.isEmpty()) {
            jdbc.update(connection -> statement(connection,
                    "DELETE FROM hotel_daily_reservation WHERE reservation_id = ANY(?)",
                    longs(connection, gone)));
        }
        if (!changed.isEmpty()) {
            List<ReservationFact> rows = changed.stream().map(after::get).toList();
            jdbc.update(connection -> statement(connection, UPSERT_RESERVATIONS, longs(connection, changed),
                    array(connection, "varchar", rows.stream().map(ReservationFact::hotelId).toList()),
                    array(connection, "date", rows.stream().map(row -> date(row.arrival())).toList()),
                    array(connection, "date", rows.stream().map(row -> date(row.departure())).toList()),
                    array(connection, "boolean", rows.stream().map(ReservationFact::onTheBooks).toList()),
                    array(connection, "date", rows.stream().map(row -> date(row.cancelledOn())).toList())));
        }
    }

    /** Writes the invoices and charges that changed and forgets those that are gone. */
    void writeInvoices(Collection<Long> ids, Map<Long, InvoiceFacts> before, Map<Long, InvoiceFacts> after) {
        List<Long> goneInvoices = new ArrayList<>();
        List<Long> changedInvoices = new ArrayList<>();
        List<long[]> goneCharges = new ArrayList<>();
        List<long[]> changedCharges = new ArrayList<>();
        for (Long id : ids) {
            InvoiceFacts was = before.get(id);
            InvoiceFacts is = after.get(id);
            if (was.recorded && !is.recorded) {
                goneInvoices.add(id);
            } else if (is.recorded && (!was.recorded || !Objects.equals(was.hotelId, is.hotelId))) {
                changedInvoices.add(id);
            }
            was.charges.keySet().stream().filter(charge -> !is.charges.containsKey(charge))
                    .forEach(charge -> goneCharges.add(new long[] {id, charge}));
            is.charges.forEach((charge, row) -> {
                if (!row.equals(was.charges.get(charge))) {
                    changedCharges.add(new long[] {id, charge});
                }
            });
        }
        if (!goneInvoices.isEmpty()) {
            jdbc.update(connection -> statement(connection,
                    "DELETE FROM hotel_daily_invoice WHERE invoice_id = ANY(?)",
                    longs(connection, goneInvoices)));
        }
        if (!changedInvoices.isEmpty()) {
            jdbc.update(connection -> statement(connection, UPSERT_INVOICES, longs(connection, changedInvoices),
                    array(connection, "varchar", changedInvoices.stream().map(id -> after.get(id).hotelId).toList())));
        }
        if (!goneCharges.isEmpty()) {
            jdbc.update(connection -> statement(connection, DELETE_CHARGES,
                    longs(connection, goneCharges.stream().map(key -> key[0]).toList()),
                    longs(connection, goneCharges.stream().map(key -> key[1]).toList())));
        }
        if (!changedCharges.isEmpty()) {
            List<ChargeRow> rows = changedCharges.stream().map(key -> after.get(key[0]).charges.get(key[1])).toList();
            jdbc.update(connection -> statement(connection, UPSERT_CHARGES,
                    longs(connection, changedCharges.stream().map(key -> key[0]).toList()),
                    longs(connection, changedCharges.stream().map(key -> key[1]).toList()),
                    array(connection, "varchar", rows.stream().map(ChargeRow::serviceCode).toList()),
                    array(connection, "numeric", rows.stream().map(ChargeRow::amount).toList()),
                    array(connection, "date", rows.stream().map(row -> date(row.postedOn())).toList()),
                    array(connection, "boolean", rows.stream().map(ChargeRow::reversed).toList()),
                    array(connection, "boolean", rows.stream().map(ChargeRow::removed).toList())));
        }
    }

    void clear() {
        for (String table : new String[] {"hotel_daily_chain_night", "hotel_daily_counted_hotel",
                "hotel_daily_night", "hotel_daily_charge", "hotel_daily_invoice", "hotel_daily_reservation",
                "hotel_daily_hotel"}) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
