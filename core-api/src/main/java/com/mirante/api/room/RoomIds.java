package com.mirante.api.room;

/**
 * Axon's event store keys events by aggregate identifier alone; a room is known by its hotel and
 * its number together, and the type prefix keeps it apart from other aggregates.
 */
public final class RoomIds {

    private RoomIds() {
    }

    public static String aggregateId(String hotelId, String roomNumber) {
        return "room-" + hotelId + "-" + roomNumber;
    }
}
