package com.mirante.api.room;

/** Whether a guest is in the room. */
public enum RoomOccupancy {
    VACANT,
    OCCUPIED
}
