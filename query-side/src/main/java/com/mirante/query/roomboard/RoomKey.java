package com.mirante.query.roomboard;

/** A room is known by its hotel and its number together. */
record RoomKey(String hotelId, String roomNumber) {
}
