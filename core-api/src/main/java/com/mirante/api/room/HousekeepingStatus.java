package com.mirante.api.room;

/** Where the room stands in housekeeping's cycle. */
public enum HousekeepingStatus {
    CLEAN,
    DIRTY,
    CLEANING,
    INSPECTED
}
