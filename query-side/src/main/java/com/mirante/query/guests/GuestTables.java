package com.mirante.query.guests;

import static com.mirante.query.jdbc.TableMapping.column;

import com.mirante.api.guest.SealedPersonalData;
import com.mirante.query.jdbc.TableMapping;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The guests query model's tables: the projection reads the rows a batch needs and writes them back
 * many per statement; the API reads one guest and sums its figures. Their columns are named here only.
 */
@Component
class GuestTables {

    static final TableMapping<GuestEntry> GUESTS = new TableMapping<>("guests", 1, GuestTables::guest, List.of(
            column("guest_id", "bigint", GuestEntry::getGuestId),
            column("sealed_personal_data", "varchar",
                    guest -> guest.getSealedPersonalData() == null ? null : guest.getSealedPersonalData().ciphertext()),
            column("city", "varchar", GuestEntry::getCity),
            column("state", "varchar", GuestEntry::getState),
            column("country", "varchar", GuestEntry::getCountry),
            column("loyalty_tier", "varchar", GuestEntry::getLoyaltyTier),
            column("marketing_consent", "boolean", GuestEntry::isMarketingConsent)));

    static final TableMapping<GuestReservationEntry> RESERVATIONS = new TableMapping<>("guest_reservations", 1,
            GuestTables::reservation, List.of(
                    column("reservation_id", "bigint", GuestReservationEntry::getReservationId),
                    column("guest_id", "bigint", GuestReservationEntry::getGuestId),
                    column("nights", "integer", GuestReservationEntry::getNights),
                    column("total_amount", "numeric", GuestReservationEntry::getTotalAmount),
                    column("reached_stay", "boolean", GuestReservationEntry::isReachedStay),
                    column("checked_out", "boolean", GuestReservationEntry::isCheckedOut)));

    private static GuestEntry guest(ResultSet row, int number) throws SQLException {
        GuestEntry guest = new GuestEntry(row.getLong("guest_id"));
        String sealed = row.getString("sealed_personal_data");
        guest.describe(sealed == null ? null : new SealedPersonalData(sealed), row.getString("city"),
                row.getString("state"), row.getString("country"));
        guest.moveToTier(row.getString("loyalty_tier"));
        guest.consentToMarketing(row.getBoolean("marketing_consent"));
        return guest;
    }

    private static GuestReservationEntry reservation(ResultSet row, int number) throws SQLException {
        return new GuestReservationEntry(row.getLong("reservation_id"), row.getObject("guest_id", Long.class),
                row.getInt("nights"), row.getBigDecimal("total_amount"), row.getBoolean("reached_stay"),
                row.getBoolean("checked_out"));
    }

    private final JdbcTemplate jdbc;

    GuestTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored guests among these ids. */
    Map<Long, GuestEntry> guests(Collection<Long> ids) {
        return GUESTS.readWhere(jdbc, "guest_id", ids).stream()
                .collect(Collectors.toMap(GuestEntry::getGuestId, Function.identity()));
    }

    /**
     * The stored reservation rows among these ids, and every one naming one of these guests. Two
     * queries, each on its own index: one query ORing both conditions took over half of a replay.
     */
    Map<Long, GuestReservationEntry> reservations(Collection<Long> ids, Collection<Long> ofGuests) {
        Map<Long, GuestReservationEntry> found = new HashMap<>();
        RESERVATIONS.readWhere(jdbc, "reservation_id", ids)
                .forEach(row -> found.put(row.getReservationId(), row));
        RESERVATIONS.readWhere(jdbc, "guest_id", ofGuests)
                .forEach(row -> found.put(row.getReservationId(), row));
        return found;
    }

    void write(GuestBatch.Writes writes) {
        RESERVATIONS.deleteWhere(jdbc, "reservation_id", writes.reservationsGone());
        GUESTS.deleteWhere(jdbc, "guest_id", writes.guestsGone());
        GUESTS.upsert(jdbc, writes.guests());
        RESERVATIONS.upsert(jdbc, writes.reservations());
    }

    void clear() {
        RESERVATIONS.clear(jdbc);
        GUESTS.clear(jdbc);
    }

    Optional<GuestEntry> guest(long guestId) {
        return jdbc.query(GUESTS.select() + " WHERE guest_id = ?", GUESTS.reader(), guestId).stream().findFirst();
    }

    /** The guest's figures, summed here rather than kept as running totals that amendments would skew. */
    GuestStays staysOf(long guestId) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FILTER (WHERE reached_stay) AS stays,
                       COALESCE(SUM(nights) FILTER (WHERE reached_stay), 0) AS nights,
                       COALESCE(SUM(total_amount) FILTER (WHERE checked_out), 0) AS lifetime_value
                  FROM guest_reservations
                 WHERE guest_id = ?""", new DataClassRowMapper<>(GuestStays.class), guestId);
    }
}
