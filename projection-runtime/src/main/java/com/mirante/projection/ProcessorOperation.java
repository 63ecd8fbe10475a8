package com.mirante.projection;

/**
 * What operators asked of one processor, as every node reads it from
 * {@code processor_operation} (in the runtime's schema).
 *
 * @param replayPending a replay was requested and its tokens are not reset yet
 */
record ProcessorOperation(String processorName, boolean paused, boolean replayPending) {

    /** While paused or waiting for a reset, no node may process events. */
    boolean stopped() {
        return paused || replayPending;
    }
}
