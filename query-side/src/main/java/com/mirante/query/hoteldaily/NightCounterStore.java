package com.mirante.query.hoteldaily;

import com.mirante.query.hoteldaily.NightCounters.Counts;
import com.mirante.query.hoteldaily.NightCounters.HotelNight;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
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
        Columns hotelNights = new Columns(changes.values());
        String[] hotels = changes.keySet().stream().map(HotelNight::hotelId).toArray(String[]::new);
        Date[] nights = changes.keySet().stream().map(key -> Date.valueOf(key.night())).toArray(Date[]::new);
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(ADD);
            statement.setArray(1, array(connection, "varchar", hotels));
            statement.setArray(2, array(connection, "date", nights));
            hotelNights.set(connection, statement, 3);
            return statement;
        });
        Columns chainNights = new Columns(chain.values());
        Date[] chainDates = chain.keySet().stream().map(Date::valueOf).toArray(Date[]::new);
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(ADD_TO_CHAIN);
            statement.setArray(1, array(connection, "date", chainDates));
            chainNights.set(connection, statement, 2);
            return statement;
        });
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(COUNT_HOTELS);
            statement.setArray(1, array(connection, "varchar", hotels));
            return statement;
        });
    }

    /** The counters of many rows as one array per column, in the rows' order. */
    private static final class Columns {
        private final Integer[] sold;
        private final Integer[] arrivals;
        private final Integer[] departures;
        private final Integer[] cancellations;
        private final BigDecimal[] roomRevenue;
        private final BigDecimal[] totalRevenue;

        Columns(Collection<Counts> rows) {
            int size = rows.size();
            sold = new Integer[size];
            arrivals = new Integer[size];
            departures = new Integer[size];
            cancellations = new Integer[size];
            roomRevenue = new BigDecimal[size];
            totalRevenue = new BigDecimal[size];
            int i = 0;
            for (Counts counts : rows) {
                sold[i] = counts.roomsSold;
                arrivals[i] = counts.arrivals;
                departures[i] = counts.departures;
                cancellations[i] = counts.cancellations;
                roomRevenue[i] = counts.roomRevenue;
                totalRevenue[i] = counts.totalRevenue;
                i++;
            }
        }

        void set(Connection connection, PreparedStatement statement, int first) throws SQLException {
            statement.setArray(first, array(connection, "int4", sold));
            statement.setArray(first + 1, array(connection, "int4", arrivals));
            statement.setArray(first + 2, array(connection, "int4", departures));
            statement.setArray(first + 3, array(connection, "int4", cancellations));
            statement.setArray(first + 4, array(connection, "numeric", roomRevenue));
            statement.setArray(first + 5, array(connection, "numeric", totalRevenue));
        }
    }

    private static java.sql.Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
