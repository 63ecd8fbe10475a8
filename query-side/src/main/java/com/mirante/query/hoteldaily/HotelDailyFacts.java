package com.mirante.query.hoteldaily;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fact tables behind the daily figures (one row per reservation, invoice and charge). Every
 * write answers with the row as it was and as it is, in one statement: a data-modifying CTE sees
 * the table as it was before the statement, so no second round trip is needed to learn what the
 * counters must give back.
 */
@Component
class HotelDailyFacts {

    /** A row before and after a write; {@code before} is null for a new row. */
    record Change<T>(T before, T after) {
    }

    private static final String RESERVATION_COLUMNS = "hotel_id, arrival, departure, on_the_books, cancelled_on";

    private final JdbcClient jdbc;

    HotelDailyFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code write} (an INSERT or UPDATE of reservation {@code :id}, without RETURNING). Empty
     * when the write touched no row.
     */
    Optional<Change<ReservationFact>> writeReservation(String write, Map<String, ?> params) {
        String sql = "WITH old AS (SELECT " + RESERVATION_COLUMNS
                + " FROM query_model.hotel_daily_reservation WHERE reservation_id = :id),"
                + " new AS (" + write + " RETURNING " + RESERVATION_COLUMNS + ")"
                + " SELECT o.hotel_id AS o_hotel, o.arrival AS o_arrival, o.departure AS o_departure,"
                + " o.on_the_books AS o_booked, o.cancelled_on AS o_cancelled,"
                + " n.hotel_id, n.arrival, n.departure, n.on_the_books, n.cancelled_on, EXISTS (SELECT 1 FROM old) AS existed"
                + " FROM new n LEFT JOIN old o ON TRUE";
        return jdbc.sql(sql).params(params).query((row, number) -> new Change<>(
                        row.getBoolean("existed") ? reservation(row, "o_hotel", "o_arrival", "o_departure", "o_booked",
                                "o_cancelled") : null,
                        reservation(row, "hotel_id", "arrival", "departure", "on_the_books", "cancelled_on")))
                .optional();
    }

    /** The reservation as it was before it was forgotten; empty if it was not known. */
    Optional<ReservationFact> removeReservation(long reservationId) {
        return jdbc.sql("DELETE FROM query_model.hotel_daily_reservation WHERE reservation_id = :id RETURNING "
                        + RESERVATION_COLUMNS)
                .param("id", reservationId)
                .query((row, number) -> reservation(row, "hotel_id", "arrival", "departure", "on_the_books",
                        "cancelled_on"))
                .optional();
    }

    /**
     * Runs {@code write} on charge {@code (:invoice, :charge)} like {@link #writeReservation}; both
     * sides carry the invoice's hotel, which the write does not change.
     */
    Optional<Change<ChargeFact>> writeCharge(String write, Map<String, ?> params) {
        String columns = "service_code, amount, posted_on, reversed, removed";
        String sql = "WITH old AS (SELECT " + columns + " FROM query_model.hotel_daily_charge"
                + " WHERE invoice_id = :invoice AND charge_id = :charge),"
                + " new AS (" + write + " RETURNING " + columns + ")"
                + " SELECT (SELECT hotel_id FROM query_model.hotel_daily_invoice WHERE invoice_id = :invoice) AS hotel,"
                + " o.service_code AS o_service, o.amount AS o_amount, o.posted_on AS o_posted,"
                + " o.reversed AS o_reversed, o.removed AS o_removed,"
                + " n.service_code, n.amount, n.posted_on, n.reversed, n.removed, EXISTS (SELECT 1 FROM old) AS existed"
                + " FROM new n LEFT JOIN old o ON TRUE";
        return jdbc.sql(sql).params(params).query((row, number) -> new Change<>(
                        row.getBoolean("existed") ? charge(row, "o_service", "o_amount", "o_posted", "o_reversed",
                                "o_removed") : null,
                        charge(row, "service_code", "amount", "posted_on", "reversed", "removed")))
                .optional();
    }

    /** Records which hotel the invoice belongs to; answers the hotel it belonged to before (null if none). */
    String placeInvoice(long invoiceId, String hotelId) {
        return jdbc.sql("""
                        WITH old AS (SELECT hotel_id FROM query_model.hotel_daily_invoice WHERE invoice_id = :invoice),
                        new AS (INSERT INTO query_model.hotel_daily_invoice (invoice_id, hotel_id) VALUES (:invoice, :hotel)
                                ON CONFLICT (invoice_id) DO UPDATE SET hotel_id = EXCLUDED.hotel_id RETURNING hotel_id)
                        SELECT (SELECT hotel_id FROM old) AS before FROM new""")
                .param("invoice", invoiceId).param("hotel", hotelId)
                .query((row, number) -> Optional.ofNullable(row.getString("before"))).single().orElse(null);
    }

    /** The charges of an invoice that count, with the invoice's hotel as {@code hotelId} says. */
    List<ChargeFact> countingCharges(long invoiceId, String hotelId) {
        return jdbc.sql("""
                        SELECT service_code, amount, posted_on FROM query_model.hotel_daily_charge
                        WHERE invoice_id = :invoice AND NOT reversed AND NOT removed""")
                .param("invoice", invoiceId)
                .query((row, number) -> new ChargeFact(hotelId, row.getString("service_code"),
                        row.getBigDecimal("amount"), row.getObject("posted_on", LocalDate.class), true))
                .list();
    }

    /** Forgets an invoice and its charges; answers the charges that counted until now. */
    List<ChargeFact> removeInvoice(long invoiceId) {
        String hotelId = jdbc.sql("DELETE FROM query_model.hotel_daily_invoice WHERE invoice_id = :invoice RETURNING hotel_id")
                .param("invoice", invoiceId).query((row, number) -> row.getString("hotel_id")).optional().orElse(null);
        List<ChargeFact> counted = countingCharges(invoiceId, hotelId);
        jdbc.sql("DELETE FROM query_model.hotel_daily_charge WHERE invoice_id = :invoice")
                .param("invoice", invoiceId).update();
        return counted;
    }

    void clear() {
        for (String table : new String[] {"hotel_daily_night", "hotel_daily_charge", "hotel_daily_invoice",
                "hotel_daily_reservation", "hotel_daily_hotel"}) {
            jdbc.sql("DELETE FROM query_model." + table).update();
        }
    }

    private static ReservationFact reservation(ResultSet row, String hotel, String arrival, String departure,
                                               String booked, String cancelled) throws SQLException {
        return new ReservationFact(row.getString(hotel), row.getObject(arrival, LocalDate.class),
                row.getObject(departure, LocalDate.class), row.getBoolean(booked),
                row.getObject(cancelled, LocalDate.class));
    }

    private static ChargeFact charge(ResultSet row, String service, String amount, String posted, String reversed,
                                     String removed) throws SQLException {
        return new ChargeFact(row.getString("hotel"), row.getString(service), row.getBigDecimal(amount),
                row.getObject(posted, LocalDate.class), !row.getBoolean(reversed) && !row.getBoolean(removed));
    }
}
