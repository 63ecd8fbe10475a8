package com.mirante.query.roomboard;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.mirante.query.hotels.HotelTimeZones;
import com.mirante.query.live.LiveChange;
import com.mirante.query.live.LiveChangesReceived;
import com.mirante.query.live.LiveStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Pushes each changed room as the board shows it now, or its removal; a room changed twice is pushed once. */
@Component
class RoomBoardLiveFeed {

    static final String CHANGED = "room";
    static final String REMOVED = "room-removed";

    /** A room of the board with its hotel: the same fields as the board's API, and {@code hotelId}. */
    record HotelRoom(String hotelId, @JsonUnwrapped RoomView room) {
    }

    record RemovedRoom(String hotelId, String room) {
    }

    private final RoomBoardTable rooms;
    private final HotelTimeZones zones;
    private final LiveStream stream;

    RoomBoardLiveFeed(RoomBoardTable rooms, HotelTimeZones zones, LiveStream stream) {
        this.rooms = rooms;
        this.zones = zones;
        this.stream = stream;
    }

    @EventListener
    void on(LiveChangesReceived received) {
        Set<RoomKey> changed = new LinkedHashSet<>();
        for (LiveChange change : received.about(RoomBoardProjection.LIVE_TOPIC)) {
            if (stream.isWatched(change.hotelId())) {
                changed.add(new RoomKey(change.hotelId(), change.data().path("room").asText()));
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        var toInstant = zones.converter();
        for (RoomKey key : changed) {
            rooms.find(key).ifPresentOrElse(
                    entry -> stream.push(key.hotelId(), CHANGED, new HotelRoom(key.hotelId(), RoomView.of(entry, toInstant))),
                    () -> stream.push(key.hotelId(), REMOVED, new RemovedRoom(key.hotelId(), key.roomNumber())));
        }
    }
}
