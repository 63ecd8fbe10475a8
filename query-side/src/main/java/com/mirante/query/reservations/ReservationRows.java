package com.mirante.query.reservations;

import static com.mirante.query.jdbc.ArrayStatements.longs;
import static com.mirante.query.jdbc.ArrayStatements.statement;

import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationStatus;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reservations table as the projection writes it, many rows per statement: each statement takes
 * whole columns as arrays. Table names are unqualified: the connection's search_path picks the
 * tables, so a rebuild can aim a transaction at new ones.
 */
@Component
class ReservationRows {

    private static final String COLUMNS = """
            reservation_id, number, hotel_id, guest_id, arrival, departure, adults, children, status, channel,
            room_type, rate_plan, nightly_rate, total_amount, currency, guaranteed, booked_at_local,
            cancelled_at_local, cancellation_reason""";

    private static final String UPSERT = "INSERT INTO reservations (" + COLUMNS + """
            )
            SELECT * FROM unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::bigint[], ?::date[], ?::date[],
                                 ?::smallint[], ?::smallint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                 ?::numeric[], ?::numeric[], ?::varchar[], ?::boolean[], ?::timestamp[],
                                 ?::timestamp[], ?::varchar[])
            ON CONFLICT (reservation_id) DO UPDATE SET number = EXCLUDED.number, hotel_id = EXCLUDED.hotel_id,
                guest_id = EXCLUDED.guest_id, arrival = EXCLUDED.arrival, departure = EXCLUDED.departure,
                adults = EXCLUDED.adults, children = EXCLUDED.children, status = EXCLUDED.status,
                channel = EXCLUDED.channel, room_type = EXCLUDED.room_type, rate_plan = EXCLUDED.rate_plan,
                nightly_rate = EXCLUDED.nightly_rate, total_amount = EXCLUDED.total_amount,
                currency = EXCLUDED.currency, guaranteed = EXCLUDED.guaranteed,
                booked_at_local = EXCLUDED.booked_at_local, cancelled_at_local = EXCLUDED.cancelled_at_local,
                cancellation_reason = EXCLUDED.cancellation_reason""";

    private final JdbcTemplate jdbc;

    ReservationRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows held among these reservations. */
    Map<Long, ReservationRow> read(Collection<Long> ids) {
        Map<Long, ReservationRow> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> statement(connection,
                        "SELECT " + COLUMNS + " FROM reservations WHERE reservation_id = ANY(?)",
                        longs(connection, ids)),
                row -> {
                    ReservationDetails details = new ReservationDetails(row.getString("number"),
                            row.getString("hotel_id"), row.getObject("guest_id", Long.class),
                            row.getObject("arrival", LocalDate.class), row.getObject("departure", LocalDate.class),
                            row.getShort("adults"), row.getShort("children"), row.getString("room_type"),
                            row.getString("rate_plan"), row.getBigDecimal("nightly_rate"),
                            row.getBigDecimal("total_amount"), row.getString("currency"), row.getString("channel"),
                            row.getBoolean("guaranteed"), row.getObject("booked_at_local", LocalDateTime.class));
                    found.put(row.getLong("reservation_id"), new ReservationRow(details,
                            ReservationStatus.valueOf(row.getString("status")),
                            row.getObject("cancelled_at_local", LocalDateTime.class),
                            row.getString("cancellation_reason")));
                });
        return found;
    }

    void write(ReservationBatch.Outcome outcome) {
        if (!outcome.removed().isEmpty()) {
            jdbc.update(connection -> statement(connection, "DELETE FROM reservations WHERE reservation_id = ANY(?)",
                    longs(connection, outcome.removed())));
        }
        if (!outcome.written().isEmpty()) {
            Map<Long, ReservationRow> rows = outcome.written();
            jdbc.update(connection -> statement(connection, UPSERT,
                    longs(connection, rows.keySet()),
                    column(connection, "varchar", rows, row -> row.details().number()),
                    column(connection, "varchar", rows, row -> row.details().hotelId()),
                    column(connection, "bigint", rows, row -> row.details().guestId()),
                    column(connection, "date", rows, row -> row.details().arrival()),
                    column(connection, "date", rows, row -> row.details().departure()),
                    column(connection, "int2", rows, row -> (short) row.details().adults()),
                    column(connection, "int2", rows, row -> (short) row.details().children()),
                    column(connection, "varchar", rows, row -> name(row.status())),
                    column(connection, "varchar", rows, row -> row.details().channel()),
                    column(connection, "varchar", rows, row -> row.details().roomType()),
                    column(connection, "varchar", rows, row -> row.details().ratePlan()),
                    column(connection, "numeric", rows, row -> row.details().nightlyRate()),
                    column(connection, "numeric", rows, row -> row.details().totalAmount()),
                    column(connection, "varchar", rows, row -> row.details().currency()),
                    column(connection, "boolean", rows, row -> row.details().guaranteed()),
                    column(connection, "timestamp", rows, row -> row.details().bookedAt()),
                    column(connection, "timestamp", rows, ReservationRow::cancelledAt),
                    column(connection, "varchar", rows, ReservationRow::cancellationReason)));
        }
    }

    void clear() {
        jdbc.update("DELETE FROM reservations");
    }

    /**
     * One column of the rows, in the rows' order. Dates and times go as their ISO text, which
     * PostgreSQL reads as the same wall-clock values whatever the JVM's time zone.
     */
    private static Array column(Connection connection, String type, Map<Long, ReservationRow> rows,
                                Function<ReservationRow, Object> value) throws SQLException {
        return connection.createArrayOf(type, rows.values().stream().map(value).toArray());
    }

    private static String name(ReservationStatus status) {
        return status == null ? null : status.name();
    }
}
