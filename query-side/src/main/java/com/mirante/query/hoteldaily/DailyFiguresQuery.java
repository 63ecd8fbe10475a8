package com.mirante.query.hoteldaily;

import com.mirante.query.web.ApiConnections;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the daily figures from the per-night counters in one query over every date of the range,
 * so a date where nothing happened still appears, with zeros. The chain is the sum over the hotels
 * known now; a removed hotel counts nowhere. The hotel and the chain have a statement each: one
 * statement for both ("hotel is null or matches") would get a plan good for neither.
 */
@Component
class DailyFiguresQuery {

    private static final String FIGURES = """
            SELECT CAST(d AS DATE) AS night, %s AS rooms_available,
                   coalesce(t.rooms_sold, 0) AS rooms_sold, coalesce(t.arrivals, 0) AS arrivals,
                   coalesce(t.departures, 0) AS departures, coalesce(t.cancellations, 0) AS cancellations,
                   coalesce(t.room_revenue, 0) AS room_revenue, coalesce(t.total_revenue, 0) AS total_revenue
            FROM generate_series(CAST(:from AS DATE), CAST(:to AS DATE), INTERVAL '1 day') AS d
            %s
            LEFT JOIN (%s) AS t ON t.night = CAST(d AS DATE)
            ORDER BY night""";

    private static final String HOTEL_FIGURES = FIGURES.formatted("h.rooms",
            "JOIN query_model.hotel_daily_hotel h ON h.hotel_id = :hotel", """
                    SELECT night, rooms_sold, arrivals, departures, cancellations, room_revenue, total_revenue
                    FROM query_model.hotel_daily_night
                    WHERE hotel_id = :hotel AND night BETWEEN CAST(:from AS DATE) AND CAST(:to AS DATE)""");

    // The chain's nights hold every hotel that has nights; those not known now are taken out again.
    private static final String CHAIN_FIGURES = FIGURES.formatted(
            "(SELECT coalesce(sum(rooms), 0) FROM query_model.hotel_daily_hotel)", "", """
                    WITH unknown AS (
                        SELECT hotel_id FROM query_model.hotel_daily_counted_hotel
                        EXCEPT SELECT hotel_id FROM query_model.hotel_daily_hotel),
                    uncounted AS (
                        SELECT n.night, sum(n.rooms_sold) AS rooms_sold, sum(n.arrivals) AS arrivals,
                               sum(n.departures) AS departures, sum(n.cancellations) AS cancellations,
                               sum(n.room_revenue) AS room_revenue, sum(n.total_revenue) AS total_revenue
                        FROM query_model.hotel_daily_night n JOIN unknown u ON u.hotel_id = n.hotel_id
                        WHERE n.night BETWEEN CAST(:from AS DATE) AND CAST(:to AS DATE)
                        GROUP BY n.night)
                    SELECT c.night, c.rooms_sold - coalesce(u.rooms_sold, 0) AS rooms_sold,
                           c.arrivals - coalesce(u.arrivals, 0) AS arrivals,
                           c.departures - coalesce(u.departures, 0) AS departures,
                           c.cancellations - coalesce(u.cancellations, 0) AS cancellations,
                           c.room_revenue - coalesce(u.room_revenue, 0) AS room_revenue,
                           c.total_revenue - coalesce(u.total_revenue, 0) AS total_revenue
                    FROM query_model.hotel_daily_chain_night c LEFT JOIN uncounted u ON u.night = c.night
                    WHERE c.night BETWEEN CAST(:from AS DATE) AND CAST(:to AS DATE)""");

    private final JdbcClient jdbc;

    DailyFiguresQuery(@ApiConnections JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of one hotel; empty when the hotel is not known (a known hotel has every date of the range). */
    List<DailyFigures> hotel(String hotelId, LocalDate from, LocalDate to) {
        return figures(jdbc.sql(HOTEL_FIGURES).param("hotel", hotelId), from, to);
    }

    List<DailyFigures> chain(LocalDate from, LocalDate to) {
        return figures(jdbc.sql(CHAIN_FIGURES), from, to);
    }

    private static List<DailyFigures> figures(JdbcClient.StatementSpec statement, LocalDate from, LocalDate to) {
        return statement
                .param("from", from)
                .param("to", to)
                .query((row, number) -> DailyFigures.of(row.getObject("night", LocalDate.class),
                        row.getLong("rooms_available"), row.getLong("rooms_sold"), row.getLong("arrivals"),
                        row.getLong("departures"), row.getLong("cancellations"), row.getBigDecimal("room_revenue"),
                        row.getBigDecimal("total_revenue")))
                .list();
    }
}
