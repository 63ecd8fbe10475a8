package com.mirante.query.roomboard;

import com.mirante.api.room.HousekeepingStatus;
import com.mirante.api.room.RoomOccupancy;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/** One row of the room board (JPA: read per hotel, written one room at a time). */
@Entity
@Table(name = "room_board")
public class RoomBoardEntry {

    @EmbeddedId
    private RoomKey key;
    private Integer floor;
    private String roomType;
    @Enumerated(EnumType.STRING)
    private RoomOccupancy occupancy;
    @Enumerated(EnumType.STRING)
    private HousekeepingStatus housekeeping;
    private boolean outOfService;
    private String outOfServiceReason;
    private Instant updatedAt;
    private LocalDateTime updatedAtLocal;

    protected RoomBoardEntry() {
    }

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

    public RoomKey getKey() {
        return key;
    }

    public Integer getFloor() {
        return floor;
    }

    public String getRoomType() {
        return roomType;
    }

    public RoomOccupancy getOccupancy() {
        return occupancy;
    }

    public HousekeepingStatus getHousekeeping() {
        return housekeeping;
    }

    public boolean isOutOfService() {
        return outOfService;
    }

    public String getOutOfServiceReason() {
        return outOfServiceReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getUpdatedAtLocal() {
        return updatedAtLocal;
    }
}
