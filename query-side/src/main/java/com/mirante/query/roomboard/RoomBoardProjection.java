package com.mirante.query.roomboard;

import com.mirante.api.room.RoomFloorChanged;
import com.mirante.api.room.RoomHousekeepingStatusChanged;
import com.mirante.api.room.RoomOccupancyChanged;
import com.mirante.api.room.RoomRegistered;
import com.mirante.api.room.RoomRemoved;
import com.mirante.api.room.RoomRenumbered;
import com.mirante.api.room.RoomReturnedToService;
import com.mirante.api.room.RoomTakenOutOfService;
import com.mirante.api.room.RoomTypeChanged;
import com.mirante.query.live.LiveChanges;
import com.mirante.projection.QueryModelVersion;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the room board. Events carry absolute values, so handling one again leaves the same row.
 * A change for a room without a row is ignored: the projection reads the events in order, so such a
 * room was removed or renumbered before, and must not come back as a row with half its fields.
 */
@Component
@ProcessingGroup(RoomBoardProjection.PROCESSING_GROUP)
@QueryModelVersion(1)
class RoomBoardProjection {

    static final String PROCESSING_GROUP = "room_board";
    static final String LIVE_TOPIC = "room";

    private final RoomBoardTable rooms;
    private final LiveChanges live;

    RoomBoardProjection(RoomBoardTable rooms, LiveChanges live) {
        this.rooms = rooms;
        this.live = live;
    }

    @EventHandler
    void on(RoomRegistered event) {
        RoomKey key = new RoomKey(event.hotelId(), event.roomNumber());
        RoomBoardEntry entry = rooms.find(key).orElseGet(() -> new RoomBoardEntry(key));
        entry.moveToFloor(event.floor());
        entry.sellAs(event.roomType());
        entry.occupy(event.occupancy());
        entry.keep(event.housekeeping());
        entry.serve(event.outOfService(), event.outOfServiceReason());
        entry.changed(LastChange.of(event.source(), event.lastCleanedAt()));
        rooms.save(entry);
        announce(key);
    }

    @EventHandler
    void on(RoomOccupancyChanged event) {
        update(event.hotelId(), event.roomNumber(), LastChange.of(event.source()),
                entry -> entry.occupy(event.occupancy()));
    }

    @EventHandler
    void on(RoomHousekeepingStatusChanged event) {
        update(event.hotelId(), event.roomNumber(), LastChange.of(event.source(), event.lastCleanedAt()),
                entry -> entry.keep(event.status()));
    }

    @EventHandler
    void on(RoomTakenOutOfService event) {
        update(event.hotelId(), event.roomNumber(), LastChange.of(event.source()),
                entry -> entry.serve(true, event.reason()));
    }

    @EventHandler
    void on(RoomReturnedToService event) {
        update(event.hotelId(), event.roomNumber(), LastChange.of(event.source()),
                entry -> entry.serve(false, null));
    }

    @EventHandler
    void on(RoomTypeChanged event) {
        update(event.hotelId(), event.roomNumber(), LastChange.of(event.source()),
                entry -> entry.sellAs(event.roomType()));
    }

    @EventHandler
    void on(RoomFloorChanged event) {
        update(event.hotelId(), event.roomNumber(), LastChange.of(event.source()),
                entry -> entry.moveToFloor(event.floor()));
    }

    /** The new number arrives with its own {@link RoomRegistered}; the old one leaves the board. */
    @EventHandler
    void on(RoomRenumbered event) {
        remove(new RoomKey(event.hotelId(), event.roomNumber()));
    }

    @EventHandler
    void on(RoomRemoved event) {
        remove(new RoomKey(event.hotelId(), event.roomNumber()));
    }

    @ResetHandler
    void reset() {
        rooms.clear();
    }

    private void update(String hotelId, String roomNumber, LastChange change, Consumer<RoomBoardEntry> apply) {
        rooms.find(new RoomKey(hotelId, roomNumber)).ifPresent(entry -> {
            apply.accept(entry);
            entry.changed(change);
            rooms.save(entry);
            announce(entry.getKey());
        });
    }

    private void remove(RoomKey key) {
        rooms.delete(key);
        announce(key);
    }

    private void announce(RoomKey key) {
        live.announce(LIVE_TOPIC, key.hotelId(), Map.of("room", key.roomNumber()));
    }
}
