package com.mirante.query.guests;

import static com.mirante.query.jdbc.ArrayStatements.longs;
import static com.mirante.query.jdbc.ArrayStatements.statement;

import com.mirante.api.guest.SealedPersonalData;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The guests query model's tables as the projection reads and writes them: many rows per statement,
 * each statement taking whole columns as arrays. Table names are unqualified: the connection's
 * search path chooses the tables, so a rebuild can aim the same statements at new ones.
 */
@Component
class GuestTables {

    private static final String UPSERT_GUESTS = """
            INSERT INTO guests
                (guest_id, sealed_personal_data, city, state, country, loyalty_tier, marketing_consent)
            SELECT * FROM unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                 ?::boolean[])
            ON CONFLICT (guest_id) DO UPDATE SET sealed_personal_data = EXCLUDED.sealed_personal_data,
                city = EXCLUDED.city, state = EXCLUDED.state, country = EXCLUDED.country,
                loyalty_tier = EXCLUDED.loyalty_tier, marketing_consent = EXCLUDED.marketing_consent""";

    private static final String UPSERT_RESERVATIONS = """
            INSERT INTO guest_reservations
                (reservation_id, guest_id, nights, total_amount, reached_stay, checked_out)
            SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::integer[], ?::numeric[], ?::boolean[], ?::boolean[])
            ON CONFLICT (reservation_id) DO UPDATE SET guest_id = EXCLUDED.guest_id, nights = EXCLUDED.nights,
                total_amount = EXCLUDED.total_amount, reached_stay = EXCLUDED.reached_stay,
                checked_out = EXCLUDED.checked_out""";

    private final JdbcTemplate jdbc;

    GuestTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored guests among these ids. */
    Map<Long, GuestEntry> guests(Collection<Long> ids) {
        Map<Long, GuestEntry> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> statement(connection, """
                        SELECT guest_id, sealed_personal_data, city, state, country, loyalty_tier, marketing_consent
                        FROM guests WHERE guest_id = ANY(?)""", longs(connection, ids)),
                row -> {
                    GuestEntry guest = new GuestEntry(row.getLong("guest_id"));
                    String sealed = row.getString("sealed_personal_data");
                    guest.describe(sealed == null ? null : new SealedPersonalData(sealed), row.getString("city"),
                            row.getString("state"), row.getString("country"));
                    guest.moveToTier(row.getString("loyalty_tier"));
                    guest.consentToMarketing(row.getBoolean("marketing_consent"));
                    found.put(guest.getGuestId(), guest);
                });
        return found;
    }

    /**
     * The stored reservation rows among these ids, and every one naming one of these guests. Two
     * queries, each on its own index: one query ORing both conditions took over half of a replay.
     */
    Map<Long, GuestReservationEntry> reservations(Collection<Long> ids, Collection<Long> ofGuests) {
        Map<Long, GuestReservationEntry> found = new HashMap<>();
        readReservations("reservation_id", ids, found);
        readReservations("guest_id", ofGuests, found);
        return found;
    }

    void write(GuestBatch.Writes writes) {
        delete("DELETE FROM guest_reservations WHERE reservation_id = ANY(?)", writes.reservationsGone());
        delete("DELETE FROM guests WHERE guest_id = ANY(?)", writes.guestsGone());
        List<GuestEntry> guests = writes.guests();
        if (!guests.isEmpty()) {
            jdbc.update(connection -> statement(connection, UPSERT_GUESTS,
                    column(connection, "bigint", guests, GuestEntry::getGuestId),
                    column(connection, "varchar", guests, guest -> guest.getSealedPersonalData() == null ? null
                            : guest.getSealedPersonalData().ciphertext()),
                    column(connection, "varchar", guests, GuestEntry::getCity),
                    column(connection, "varchar", guests, GuestEntry::getState),
                    column(connection, "varchar", guests, GuestEntry::getCountry),
                    column(connection, "varchar", guests, GuestEntry::getLoyaltyTier),
                    column(connection, "boolean", guests, GuestEntry::isMarketingConsent)));
        }
        List<GuestReservationEntry> reservations = writes.reservations();
        if (!reservations.isEmpty()) {
            jdbc.update(connection -> statement(connection, UPSERT_RESERVATIONS,
                    column(connection, "bigint", reservations, GuestReservationEntry::getReservationId),
                    column(connection, "bigint", reservations, GuestReservationEntry::getGuestId),
                    column(connection, "integer", reservations, GuestReservationEntry::getNights),
                    column(connection, "numeric", reservations, GuestReservationEntry::getTotalAmount),
                    column(connection, "boolean", reservations, GuestReservationEntry::isReachedStay),
                    column(connection, "boolean", reservations, GuestReservationEntry::isCheckedOut)));
        }
    }

    void clear() {
        jdbc.update("DELETE FROM guest_reservations");
        jdbc.update("DELETE FROM guests");
    }

    private void readReservations(String column, Collection<Long> values, Map<Long, GuestReservationEntry> found) {
        if (values.isEmpty()) {
            return;
        }
        jdbc.query(connection -> statement(connection, """
                        SELECT reservation_id, guest_id, nights, total_amount, reached_stay, checked_out
                        FROM guest_reservations WHERE %s = ANY(?)""".formatted(column), longs(connection, values)),
                row -> {
                    found.put(row.getLong("reservation_id"), new GuestReservationEntry(row.getLong("reservation_id"),
                            row.getObject("guest_id", Long.class), row.getInt("nights"),
                            row.getBigDecimal("total_amount"), row.getBoolean("reached_stay"),
                            row.getBoolean("checked_out")));
                });
    }

    private void delete(String sql, List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.update(connection -> statement(connection, sql, longs(connection, ids)));
        }
    }

    private static <T> Array column(Connection connection, String type, List<T> rows, Function<T, ?> value)
            throws SQLException {
        return connection.createArrayOf(type, rows.stream().map(value).toArray());
    }
}
