package com.mirante.query.hoteldaily;

import static com.mirante.query.jdbc.ArrayStatements.array;
import static com.mirante.query.jdbc.ArrayStatements.statement;

import com.mirante.query.hoteldaily.NightCounters.Counts;
import com.mirante.query.hoteldaily.NightCounters.HotelNight;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds a batch's counter changes to the hotels' nights and to the chain's, and records which hotels
 * have nights: one statement each, always in this order and each in key order, so concurrent
 * batches lock shared rows in the same order.
 */
@Component
class NightCounterStore {

    // unnest keeps it one round trip whatever the batch size; ORDER BY fixes the order rows are locked in.
    private static final String ADD = """
            INSERT INTO hotel_daily_night AS n
                (hotel_id, night, rooms_sold, arrivals, departures, cancellations, room_revenue, total_revenue)
            SELECT * FROM unnest(?::varchar[], ?::date[], ?::int[], ?::int[], ?::int[], ?::int[],
                                 ?::numeric[], ?::numeric[])
            ORDER BY 1, 2
            ON CONFLICT (hotel_id, night) DO UPDATE SET
                rooms_sold = n.rooms_sold + EXCLUDED.rooms_sold,
                arrivals = n.arrivals + EXCLUDED.arrivals,
                departures = n.departures + EXCLUDED.departures,
                cancellations = n.cancellations + EXCLUDED.cancellations,
                room_revenue = n.room_revenue + EXCLUDED.room_revenue,
                total_revenue = n.total_revenue + EXCLUDED.total_revenue""";

    private static final String ADD_TO_CHAIN = """
            INSERT INTO hotel_daily_chain_night AS n
                (night, rooms_sold, arrivals, departures, cancellations, room_revenue, total_revenue)
            SELECT * FROM unnest(?::date[], ?::int[], ?::int[], ?::int[], ?::int[], ?::numeric[], ?::numeric[])
            ORDER BY 1
            ON CONFLICT (night) DO UPDATE SET
                rooms_sold = n.rooms_sold + EXCLUDED.rooms_sold,
                arrivals = n.arrivals + EXCLUDED.arrivals,
                departures = n.departures + EXCLUDED.departures,
                cancellations = n.cancellations + EXCLUDED.cancellations,
                room_revenue = n.room_revenue + EXCLUDED.room_revenue,
                total_revenue = n.total_revenue + EXCLUDED.total_revenue""";

    private static final String COUNT_HOTELS = """
            INSERT INTO hotel_daily_counted_hotel (hotel_id)
            SELECT DISTINCT * FROM unnest(?::varchar[]) ORDER BY 1
            ON CONFLICT (hotel_id) DO NOTHING""";

    private final JdbcTemplate jdbc;

    NightCounterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(Map<HotelNight, Counts> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<LocalDate, Counts> chain = new TreeMap<>();
        changes.forEach((key, counts) -> chain.computeIfAbsent(key.night(), night -> new Counts()).add(counts));
        List<String> hotels = changes.keySet().stream().map(HotelNight::hotelId).toList();
        List<Date> nights = changes.keySet().stream().map(key -> Date.valueOf(key.night())).toList();
        List<Date> chainNights = chain.keySet().stream().map(Date::valueOf).toList();
        jdbc.update(connection -> statement(connection, ADD, counters(connection, changes.values(),
                array(connection, "varchar", hotels), array(connection, "date", nights))));
        jdbc.update(connection -> statement(connection, ADD_TO_CHAIN, counters(connection, chain.values(),
                array(connection, "date", chainNights))));
        jdbc.update(connection -> statement(connection, COUNT_HOTELS, array(connection, "varchar", hotels)));
    }

    /** The key columns, then the counters of the rows as one array per column, in the rows' order. */
    private static Array[] counters(Connection connection, Collection<Counts> rows, Array... keys)
            throws SQLException {
        List<Array> columns = new ArrayList<>(List.of(keys));
        columns.add(array(connection, "int4", rows.stream().map(counts -> counts.roomsSold).toList()));
        columns.add(array(connection, "int4", rows.stream().map(counts -> counts.arrivals).toList()));
        columns.add(array(connection, "int4", rows.stream().map(counts -> counts.departures).toList()));
        columns.add(array(connection, "int4", rows.stream().map(counts -> counts.cancellations).toList()));
        columns.add(array(connection, "numeric", rows.stream().map(counts -> counts.roomRevenue).toList()));
        columns.add(array(connection, "numeric", rows.stream().map(counts -> counts.totalRevenue).toList()));
        return columns.toArray(Array[]::new);
    }
}
