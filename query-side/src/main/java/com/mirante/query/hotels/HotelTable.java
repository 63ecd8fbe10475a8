package com.mirante.query.hotels;

import static com.mirante.query.jdbc.TableMapping.column;

import com.mirante.query.jdbc.TableMapping;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The hotels table, as the projection writes it and the API reads it. Its columns are named here only. */
@Component
public class HotelTable {

    static final TableMapping<HotelEntry> TABLE = new TableMapping<>("hotels", 1, HotelTable::row, List.of(
            column("hotel_id", "varchar", HotelEntry::getHotelId),
            column("name", "varchar", HotelEntry::getName),
            column("city", "varchar", HotelEntry::getCity),
            column("state", "varchar", HotelEntry::getState),
            column("rooms", "integer", HotelEntry::getRooms),
            column("time_zone", "varchar", HotelEntry::getTimeZone),
            column("active", "boolean", HotelEntry::isActive)));

    private static HotelEntry row(ResultSet row, int number) throws SQLException {
        HotelEntry hotel = new HotelEntry(row.getString("hotel_id"));
        hotel.describe(row.getString("name"), row.getString("city"), row.getString("state"), row.getInt("rooms"),
                row.getString("time_zone"), row.getBoolean("active"));
        return hotel;
    }

    private final JdbcTemplate jdbc;

    HotelTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the hotels model holds this hotel. */
    public boolean exists(String hotelId) {
        return find(hotelId).isPresent();
    }

    Optional<HotelEntry> find(String hotelId) {
        return jdbc.query(TABLE.select() + " WHERE hotel_id = ?", TABLE.reader(), hotelId).stream().findFirst();
    }

    /** Every hotel, by id. */
    List<HotelEntry> all() {
        return jdbc.query(TABLE.select() + " ORDER BY hotel_id", TABLE.reader());
    }

    void save(HotelEntry hotel) {
        TABLE.upsert(jdbc, List.of(hotel));
    }

    void delete(String hotelId) {
        TABLE.deleteWhere(jdbc, "hotel_id", List.of(hotelId));
    }

    void clear() {
        TABLE.clear(jdbc);
    }
}
