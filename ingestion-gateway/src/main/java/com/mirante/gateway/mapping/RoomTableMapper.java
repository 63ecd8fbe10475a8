package com.mirante.gateway.mapping;

import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RecordRoom;
import com.mirante.api.room.RemoveRoom;
import com.mirante.api.room.RenumberRoom;
import com.mirante.api.room.RoomOccupancy;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import com.mirante.gateway.dms.DmsRecord;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code governanca.quarto}: rooms and their housekeeping status, keyed by hotel and room number.
 * The table has no {@code nr_versao}. A key change arrives as an update whose before-image holds
 * the old key (the task uses pk-only before-images, {@code {}} when the key did not change).
 */
@Component
class RoomTableMapper extends LegacyTableMapper {

    private static final String TABLE = "governanca.quarto";
    private static final int HOTEL_ID_LENGTH = 5;
    private static final int ROOM_NUMBER_LENGTH = 6;

    RoomTableMapper() {
        super(TABLE, "cod_hotel", "num_apto", "num_andar", "cod_tipo_apto", "sit_ocupacao", "sit_limpeza",
                "fl_interditado", "mot_interdicao", "dh_ult_limpeza", "cod_camareira", "dh_alteracao");
    }

    @Override
    public List<Object> commandsFor(DmsRecord record) {
        RowImage row = row(record);
        String hotelId = row.requiredText("cod_hotel", HOTEL_ID_LENGTH);
        String roomNumber = row.requiredText("num_apto", ROOM_NUMBER_LENGTH);
        SourcePosition source = SourcePositions.of(record, hotelId + "|" + roomNumber, null);
        if (source.operation() == SourceOperation.DELETE) {
            return List.of(new RemoveRoom(hotelId, roomNumber, source));
        }
        if (source.operation() == SourceOperation.UPDATE) {
            RowImage before = beforeImage(record);
            String oldHotelId = oldKey(before, "cod_hotel", HOTEL_ID_LENGTH, hotelId);
            String oldRoomNumber = oldKey(before, "num_apto", ROOM_NUMBER_LENGTH, roomNumber);
            if (!oldHotelId.equals(hotelId)) {
                // A room does not move between hotels: the old key was a mistake, corrected by
                // removing the room there and registering it here.
                return List.of(new RemoveRoom(oldHotelId, oldRoomNumber, source),
                        recordRoom(row, hotelId, roomNumber, null, source));
            }
            if (!oldRoomNumber.equals(roomNumber)) {
                return List.of(new RenumberRoom(hotelId, oldRoomNumber, roomNumber, source),
                        recordRoom(row, hotelId, roomNumber, oldRoomNumber, source));
            }
        }
        return List.of(recordRoom(row, hotelId, roomNumber, null, source));
    }

    /** A key column as the before-image shows it (the old value when the key changed), else its current value. */
    private static String oldKey(RowImage before, String column, int maxLength, String current) {
        return before == null || before.isNull(column) ? current : before.requiredText(column, maxLength);
    }

    private static RecordRoom recordRoom(RowImage row, String hotelId, String roomNumber, String renumberedFrom,
                                         SourcePosition source) {
        boolean outOfService = row.bool("fl_interditado", false);
        return new RecordRoom(
                hotelId,
                roomNumber,
                floor(row),
                row.text("cod_tipo_apto", 4),
                occupancy(row.requiredText("sit_ocupacao", 1)),
                housekeeping(row.requiredText("sit_limpeza", 2)),
                row.localDateTime("dh_ult_limpeza"),
                row.text("cod_camareira", 10),
                outOfService,
                // A reason left behind on a room back in service explains nothing.
                outOfService ? row.text("mot_interdicao", 100) : null,
                renumberedFrom,
                source);
    }

    private static Integer floor(RowImage row) {
        Long floor = row.integer("num_andar", SqlInteger.SMALLINT);
        return floor == null ? null : Math.toIntExact(floor);
    }

    private static RoomOccupancy occupancy(String code) {
        return switch (code.trim()) {
            case "V" -> RoomOccupancy.VACANT;
            case "O" -> RoomOccupancy.OCCUPIED;
            default -> throw new InvalidChangeRecordException("BAD_VALUE",
                    TABLE + ".sit_ocupacao is not a known occupancy: " + code);
        };
    }

    private static HousekeepingStatus housekeeping(String code) {
        return switch (code.trim()) {
            case "LP" -> HousekeepingStatus.CLEAN;
            case "SJ" -> HousekeepingStatus.DIRTY;
            case "EM" -> HousekeepingStatus.CLEANING;
            case "IS" -> HousekeepingStatus.INSPECTED;
            default -> throw new InvalidChangeRecordException("BAD_VALUE",
                    TABLE + ".sit_limpeza is not a known housekeeping status: " + code);
        };
    }
}
