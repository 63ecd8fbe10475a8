package com.mirante.query.hoteldaily;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the daily figures from the per-night counters in one query over every date of the range,
 * so a date where nothing happened still appears, with zeros. The chain is the sum over the hotels
 * known now; a removed hotel counts nowhere.
 */
@Component
class DailyFiguresQuery {

    // A null :hotel means every hotel; the casts tell PostgreSQL the types of possibly null parameters.
    private static final String FIGURES = """
            WITH hotel AS (
                SELECT hotel_id, rooms FROM query_model.hotel_daily_hotel
                WHERE CAST(:hotel AS VARCHAR) IS NULL OR hotel_id = CAST(:hotel AS VARCHAR)),
            totals AS (
                SELECT n.night, sum(n.rooms_sold) AS rooms_sold, sum(n.arrivals) AS arrivals,
                       sum(n.departures) AS departures, sum(n.cancellations) AS cancellations,
                       sum(n.room_revenue) AS room_revenue, sum(n.total_revenue) AS total_revenue
                FROM query_model.hotel_daily_night n JOIN hotel h ON h.hotel_id = n.hotel_id
                WHERE n.night BETWEEN CAST(:from AS DATE) AND CAST(:to AS DATE)
                GROUP BY n.night)
            SELECT CAST(d AS DATE) AS night,
                   (SELECT coalesce(sum(rooms), 0) FROM hotel) AS rooms_available,
                   coalesce(t.rooms_sold, 0) AS rooms_sold,
                   coalesce(t.arrivals, 0) AS arrivals,
                   coalesce(t.departures, 0) AS departures,
                   coalesce(t.cancellations, 0) AS cancellations,
                   coalesce(t.room_revenue, 0) AS room_revenue,
                   coalesce(t.total_revenue, 0) AS total_revenue
            FROM generate_series(CAST(:from AS DATE), CAST(:to AS DATE), INTERVAL '1 day') AS d
            LEFT JOIN totals t ON t.night = CAST(d AS DATE)
            ORDER BY night""";

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
