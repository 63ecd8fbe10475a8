package com.mirante.query.roomboard;

import static com.mirante.query.jdbc.TableMapping.column;

import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RoomOccupancy;
import com.mirante.query.jdbc.TableMapping;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The room board's table, as the projection writes it and the API reads it. Its columns are named here only. */
@Component
class RoomBoardTable {

    static final TableMapping<RoomBoardEntry> TABLE = new TableMapping<>("room_board", 2, RoomBoardTable::row,
            List.of(column("hotel_id", "varchar", room -> room.getKey().hotelId()),
                    column("room_number", "varchar", room -> room.getKey().roomNumber()),
                    column("floor", "integer", RoomBoardEntry::getFloor),
                    column("room_type", "varchar", RoomBoardEntry::getRoomType),
                    column("occupancy", "varchar", room -> name(room.getOccupancy())),
                    column("housekeeping", "varchar", room -> name(room.getHousekeeping())),
                    column("out_of_service", "boolean", RoomBoardEntry::isOutOfService),
                    column("out_of_service_reason", "varchar", RoomBoardEntry::getOutOfServiceReason),
                    column("updated_at", "timestamptz", RoomBoardEntry::getUpdatedAt),
                    column("updated_at_local", "timestamp", RoomBoardEntry::getUpdatedAtLocal)));

    private static RoomBoardEntry row(ResultSet row, int number) throws SQLException {
        RoomBoardEntry room = new RoomBoardEntry(new RoomKey(row.getString("hotel_id"), row.getString("room_number")));
        room.moveToFloor(row.getObject("floor", Integer.class));
        room.sellAs(row.getString("room_type"));
        room.occupy(value(row.getString("occupancy"), RoomOccupancy::valueOf));
        room.keep(value(row.getString("housekeeping"), HousekeepingStatus::valueOf));
        room.serve(row.getBoolean("out_of_service"), row.getString("out_of_service_reason"));
        OffsetDateTime committed = row.getObject("updated_at", OffsetDateTime.class);
        room.changed(new LastChange(committed == null ? null : committed.toInstant(),
                row.getObject("updated_at_local", LocalDateTime.class)));
        return room;
    }

    private final JdbcTemplate jdbc;

    RoomBoardTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RoomBoardEntry> find(RoomKey key) {
        return jdbc.query(TABLE.select() + " WHERE hotel_id = ? AND room_number = ?", TABLE.reader(), key.hotelId(),
                key.roomNumber()).stream().findFirst();
    }

    List<RoomBoardEntry> ofHotel(String hotelId) {
        return jdbc.query(TABLE.select() + " WHERE hotel_id = ?", TABLE.reader(), hotelId);
    }

    void save(RoomBoardEntry room) {
        TABLE.upsert(jdbc, List.of(room));
    }

    void delete(RoomKey key) {
        jdbc.update("DELETE FROM room_board WHERE hotel_id = ? AND room_number = ?", key.hotelId(), key.roomNumber());
    }

    void clear() {
        TABLE.clear(jdbc);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E> E value(String name, Function<String, E> valueOf) {
        return name == null ? null : valueOf.apply(name);
    }
}
