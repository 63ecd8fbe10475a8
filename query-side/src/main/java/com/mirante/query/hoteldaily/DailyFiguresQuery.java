package com.mirante.query.hoteldaily;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes the daily figures from the facts in one query over every date of the range, so a date
 * where nothing happened still appears, with zeros. The chain is the sum over the hotels known
 * now; a removed hotel counts nowhere.
 */
@Component
class DailyFiguresQuery {

    // A null :hotel means every hotel; the casts tell PostgreSQL the types of possibly null parameters.
    private static final String FIGURES = """
            WITH hotel AS (
                SELECT hotel_id, rooms FROM query_model.hotel_daily_hotel
                WHERE CAST(:hotel AS VARCHAR) IS NULL OR hotel_id = CAST(:hotel AS VARCHAR)),
            nights AS (
                SELECT CAST(night AS DATE) AS night
                FROM generate_series(CAST(:from AS DATE), CAST(:to AS DATE), INTERVAL '1 day') AS night),
            booked AS (
                SELECT r.arrival, r.departure FROM query_model.hotel_daily_reservation r
                JOIN hotel h ON h.hotel_id = r.hotel_id
                WHERE r.on_the_books),
            sold AS (
                SELECT n.night, count(*) AS rooms_sold FROM nights n
                JOIN booked b ON b.arrival <= n.night AND n.night < b.departure
                GROUP BY n.night),
            arrivals AS (
                SELECT arrival AS night, count(*) AS arrivals FROM booked
                WHERE arrival BETWEEN CAST(:from AS DATE) AND CAST(:to AS DATE) GROUP BY arrival),
            departures AS (
                SELECT departure AS night, count(*) AS departures FROM booked
                WHERE departure BETWEEN CAST(:from AS DATE) AND CAST(:to AS DATE) GROUP BY departure),
            cancellations AS (
                SELECT r.cancelled_on AS night, count(*) AS cancellations
                FROM query_model.hotel_daily_reservation r JOIN hotel h ON h.hotel_id = r.hotel_id
                WHERE r.cancelled_on BETWEEN CAST(:from AS DATE) AND CAST(:to AS DATE)
                GROUP BY r.cancelled_on),
            revenue AS (
                SELECT c.posted_on AS night,
                       sum(c.amount) FILTER (WHERE c.service_code = 'DIARIA') AS room_revenue,
                       sum(c.amount) AS total_revenue
                FROM query_model.hotel_daily_charge c
                JOIN query_model.hotel_daily_invoice i ON i.invoice_id = c.invoice_id
                JOIN hotel h ON h.hotel_id = i.hotel_id
                WHERE NOT c.reversed AND NOT c.removed
                  AND c.posted_on BETWEEN CAST(:from AS DATE) AND CAST(:to AS DATE)
                GROUP BY c.posted_on)
            SELECT n.night,
                   (SELECT coalesce(sum(rooms), 0) FROM hotel) AS rooms_available,
                   coalesce(s.rooms_sold, 0) AS rooms_sold,
                   coalesce(a.arrivals, 0) AS arrivals,
                   coalesce(d.departures, 0) AS departures,
                   coalesce(c.cancellations, 0) AS cancellations,
                   coalesce(v.room_revenue, 0) AS room_revenue,
                   coalesce(v.total_revenue, 0) AS total_revenue
            FROM nights n
            LEFT JOIN sold s ON s.night = n.night
            LEFT JOIN arrivals a ON a.night = n.night
            LEFT JOIN departures d ON d.night = n.night
            LEFT JOIN cancellations c ON c.night = n.night
            LEFT JOIN revenue v ON v.night = n.night
            ORDER BY n.night""";

    private final JdbcClient jdbc;

    DailyFiguresQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hotelExists(String hotelId) {
        return jdbc.sql("SELECT count(*) FROM query_model.hotel_daily_hotel WHERE hotel_id = :hotel")
                .param("hotel", hotelId).query(Long.class).single() > 0;
    }

    /** The figures of one hotel, or of the whole chain when {@code hotelId} is null. */
    List<DailyFigures> figures(String hotelId, LocalDate from, LocalDate to) {
        return jdbc.sql(FIGURES)
                .param("hotel", hotelId)
                .param("from", from)
                .param("to", to)
                .query((row, number) -> DailyFigures.of(row.getObject("night", LocalDate.class),
                        row.getLong("rooms_available"), row.getLong("rooms_sold"), row.getLong("arrivals"),
                        row.getLong("departures"), row.getLong("cancellations"), row.getBigDecimal("room_revenue"),
                        row.getBigDecimal("total_revenue")))
                .list();
    }
}
