package com.mirante.query.dashboard;

import com.mirante.query.web.ApiConnections;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the dashboard's counts straight from the reservations and hotels query models. "On the
 * books" is the contract's: confirmed, in house or checked out. The chain counts the hotels known
 * now, as the daily figures do.
 */
@Component
class DashboardQuery {

    // A null :hotel means every hotel; the casts tell PostgreSQL the types of possibly null parameters.
    private static final String HOTELS = """
            SELECT hotel_id FROM query_model.hotels
            WHERE CAST(:hotel AS VARCHAR) IS NULL OR hotel_id = CAST(:hotel AS VARCHAR)""";

    private static final String ON_THE_BOOKS = "r.status IN ('CONFIRMED', 'IN_HOUSE', 'CHECKED_OUT')";

    // One pass over the hotel's reservations; the date filters let the (hotel_id, arrival) index
    // skip everything that can neither arrive, depart nor be in house.
    private static final String TODAY = """
            SELECT count(*) FILTER (WHERE r.arrival = :date AND %1$s) AS arrivals,
                   count(*) FILTER (WHERE r.departure = :date AND %1$s) AS departures,
                   count(*) FILTER (WHERE r.status = 'IN_HOUSE') AS in_house
            FROM query_model.reservations r
            WHERE r.hotel_id IN (%2$s)
              AND (r.arrival = :date OR r.departure = :date OR r.status = 'IN_HOUSE')""".formatted(ON_THE_BOOKS, HOTELS);

    private static final String CHANNELS = """
            SELECT r.channel, count(*) AS reservations, sum(r.departure - r.arrival) AS room_nights
            FROM query_model.reservations r
            WHERE r.hotel_id IN (%2$s) AND %1$s AND r.arrival BETWEEN :from AND :to
            GROUP BY r.channel
            ORDER BY reservations DESC, r.channel NULLS LAST""".formatted(ON_THE_BOOKS, HOTELS);

    private final JdbcClient jdbc;

    DashboardQuery(@ApiConnections JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hotelExists(String hotelId) {
        return jdbc.sql("SELECT count(*) FROM query_model.hotels WHERE hotel_id = :hotel")
                .param("hotel", hotelId).query(Long.class).single() > 0;
    }

    /** The counts of one hotel, or of the whole chain when {@code hotelId} is null. */
    TodayFigures today(String hotelId, LocalDate date) {
        return jdbc.sql(TODAY).param("hotel", hotelId).param("date", date)
                .query((row, number) -> new TodayFigures(date, row.getLong("arrivals"), row.getLong("departures"),
                        row.getLong("in_house")))
                .single();
    }

    /** Reservations on the books arriving from {@code from} to {@code to}, by channel, largest first. */
    List<ChannelShare> channels(String hotelId, LocalDate from, LocalDate to) {
        return jdbc.sql(CHANNELS).param("hotel", hotelId).param("from", from).param("to", to)
                .query((row, number) -> new ChannelShare(row.getString("channel"), row.getLong("reservations"),
                        row.getLong("room_nights")))
                .list();
    }
}
