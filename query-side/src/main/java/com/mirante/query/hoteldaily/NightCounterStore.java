package com.mirante.query.hoteldaily;

import com.mirante.query.hoteldaily.NightCounters.Counts;
import com.mirante.query.hoteldaily.NightCounters.HotelNight;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Adds a batch's counter changes to {@code hotel_daily_night} in one statement. */
@Component
class NightCounterStore {

    // unnest keeps it one round trip whatever the batch size; ORDER BY fixes the order rows are locked in.
    private static final String ADD = """
            INSERT INTO query_model.hotel_daily_night AS n
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

    private final JdbcTemplate jdbc;

    NightCounterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(Map<HotelNight, Counts> changes) {
        if (changes.isEmpty()) {
            return;
        }
        int size = changes.size();
        String[] hotels = new String[size];
        Date[] nights = new Date[size];
        Integer[] sold = new Integer[size];
        Integer[] arrivals = new Integer[size];
        Integer[] departures = new Integer[size];
        Integer[] cancellations = new Integer[size];
        BigDecimal[] roomRevenue = new BigDecimal[size];
        BigDecimal[] totalRevenue = new BigDecimal[size];
        int i = 0;
        for (Map.Entry<HotelNight, Counts> change : changes.entrySet()) {
            Counts counts = change.getValue();
            hotels[i] = change.getKey().hotelId();
            nights[i] = Date.valueOf(change.getKey().night());
            sold[i] = counts.roomsSold;
            arrivals[i] = counts.arrivals;
            departures[i] = counts.departures;
            cancellations[i] = counts.cancellations;
            roomRevenue[i] = counts.roomRevenue;
            totalRevenue[i] = counts.totalRevenue;
            i++;
        }
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(ADD);
            statement.setArray(1, array(connection, "varchar", hotels));
            statement.setArray(2, array(connection, "date", nights));
            statement.setArray(3, array(connection, "int4", sold));
            statement.setArray(4, array(connection, "int4", arrivals));
            statement.setArray(5, array(connection, "int4", departures));
            statement.setArray(6, array(connection, "int4", cancellations));
            statement.setArray(7, array(connection, "numeric", roomRevenue));
            statement.setArray(8, array(connection, "numeric", totalRevenue));
            return statement;
        });
    }

    private static java.sql.Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
