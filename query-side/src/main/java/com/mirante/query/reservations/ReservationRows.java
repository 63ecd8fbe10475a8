package com.mirante.query.reservations;

import static com.mirante.query.jdbc.TableMapping.column;

import com.mirante.api.reservation.ReservationDetails;
import com.mirante.api.reservation.ReservationStatus;
import com.mirante.query.jdbc.TableMapping;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reservations table: the projection writes many rows per statement and reads those a batch
 * needs in one; the API reads one reservation or a filtered page. Its columns are named here only.
 */
@Component
class ReservationRows {

    static final TableMapping<ReservationRow> TABLE = new TableMapping<>("reservations", 1, ReservationRows::row,
            List.of(column("reservation_id", "bigint", ReservationRow::reservationId),
                    column("number", "varchar", row -> row.details().number()),
                    column("hotel_id", "varchar", row -> row.details().hotelId()),
                    column("guest_id", "bigint", row -> row.details().guestId()),
                    column("arrival", "date", row -> row.details().arrival()),
                    column("departure", "date", row -> row.details().departure()),
                    column("adults", "smallint", row -> row.details().adults()),
                    column("children", "smallint", row -> row.details().children()),
                    column("status", "varchar", row -> row.status().name()),
                    column("channel", "varchar", row -> row.details().channel()),
                    column("room_type", "varchar", row -> row.details().roomType()),
                    column("rate_plan", "varchar", row -> row.details().ratePlan()),
                    column("nightly_rate", "numeric", row -> row.details().nightlyRate()),
                    column("total_amount", "numeric", row -> row.details().totalAmount()),
                    column("currency", "varchar", row -> row.details().currency()),
                    column("guaranteed", "boolean", row -> row.details().guaranteed()),
                    column("booked_at_local", "timestamp", row -> row.details().bookedAt()),
                    column("cancelled_at_local", "timestamp", ReservationRow::cancelledAt),
                    column("cancellation_reason", "varchar", ReservationRow::cancellationReason)));

    private static ReservationRow row(ResultSet row, int number) throws SQLException {
        ReservationDetails details = new ReservationDetails(row.getString("number"), row.getString("hotel_id"),
                row.getObject("guest_id", Long.class), row.getObject("arrival", LocalDate.class),
                row.getObject("departure", LocalDate.class), row.getShort("adults"), row.getShort("children"),
                row.getString("room_type"), row.getString("rate_plan"), row.getBigDecimal("nightly_rate"),
                row.getBigDecimal("total_amount"), row.getString("currency"), row.getString("channel"),
                row.getBoolean("guaranteed"), row.getObject("booked_at_local", LocalDateTime.class));
        return new ReservationRow(row.getLong("reservation_id"), details,
                ReservationStatus.valueOf(row.getString("status")),
                row.getObject("cancelled_at_local", LocalDateTime.class), row.getString("cancellation_reason"));
    }

    private final JdbcTemplate jdbc;

    ReservationRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows held among these reservations. */
    Map<Long, ReservationRow> read(Collection<Long> ids) {
        return TABLE.readWhere(jdbc, "reservation_id", ids).stream()
                .collect(Collectors.toMap(ReservationRow::reservationId, Function.identity()));
    }

    void write(ReservationBatch.Outcome outcome) {
        TABLE.deleteWhere(jdbc, "reservation_id", outcome.removed());
        TABLE.upsert(jdbc, outcome.written().values());
    }

    void clear() {
        TABLE.clear(jdbc);
    }

    Optional<ReservationRow> find(long reservationId) {
        return jdbc.query(TABLE.select() + " WHERE reservation_id = ?", TABLE.reader(), reservationId).stream()
                .findFirst();
    }

    /** One page of the reservations the search finds, by arrival. */
    List<ReservationRow> search(ReservationSearch search, long offset, int limit) {
        ReservationSearch.Condition condition = search.condition();
        List<Object> parameters = new ArrayList<>(condition.parameters());
        parameters.add(limit);
        parameters.add(offset);
        return jdbc.query(TABLE.select() + condition.where() + " ORDER BY arrival, reservation_id LIMIT ? OFFSET ?",
                TABLE.reader(), parameters.toArray());
    }

    long count(ReservationSearch search) {
        ReservationSearch.Condition condition = search.condition();
        return jdbc.queryForObject("SELECT count(*) FROM reservations" + condition.where(), Long.class,
                condition.parameters().toArray());
    }
}
