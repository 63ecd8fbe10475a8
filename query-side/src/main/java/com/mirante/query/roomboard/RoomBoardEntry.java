package com.mirante.query.roomboard;

import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RoomOccupancy;
import java.time.Instant;
import java.time.LocalDateTime;

/** One row of the room board ({@link RoomBoardTable}): read per hotel, written one room at a time. */
final class RoomBoardEntry {

    private final RoomKey key;
    private Integer floor;
    private String roomType;
    private RoomOccupancy occupancy;
    private HousekeepingStatus housekeeping;
    private boolean outOfService;
    private String outOfServiceReason;
    private Instant updatedAt;
    private LocalDateTime updatedAtLocal;

    RoomBoardEntry(RoomKey key) {
        this.key = key;
    }

    void moveToFloor(Integer floor) {
        this.floor = floor;
    }

    void sellAs(String roomType) {
        this.roomType = roomType;
    }

    void occupy(RoomOccupancy occupancy) {
        this.occupancy = occupancy;
    }

    void keep(HousekeepingStatus housekeeping) {
        this.housekeeping = housekeeping;
    }

    /** @param reason kept only while the room is out of service */
    void serve(boolean outOfService, String reason) {
        this.outOfService = outOfService;
        this.outOfServiceReason = outOfService ? reason : null;
    }

    void changed(LastChange change) {
        updatedAt = change.committed();
        updatedAtLocal = change.wallClock();
    }

    RoomKey getKey() {
        return key;
    }

    Integer getFloor() {
        return floor;
    }

    String getRoomType() {
        return roomType;
    }

    RoomOccupancy getOccupancy() {
        return occupancy;
    }

    HousekeepingStatus getHousekeeping() {
        return housekeeping;
    }

    boolean isOutOfService() {
        return outOfService;
    }

    String getOutOfServiceReason() {
        return outOfServiceReason;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    LocalDateTime getUpdatedAtLocal() {
        return updatedAtLocal;
    }
}
