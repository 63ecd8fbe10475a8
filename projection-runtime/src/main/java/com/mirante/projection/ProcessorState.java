package com.mirante.projection;

/**
 * REBUILDING is reserved for a versioned query model rebuilt into new tables beside the old
 * ones; a reset of the tokens in place is REPLAYING.
 */
public enum ProcessorState {
    RUNNING, PAUSED, REPLAYING, REBUILDING, ERROR
}
