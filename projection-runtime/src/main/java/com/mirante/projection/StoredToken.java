package com.mirante.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * One segment's row of the token store, whichever node claims it.
 *
 * @param token     null before the segment has read its first event
 * @param claimedAt when the owner last renewed its claim (or released it)
 */
record StoredToken(int segment, String owner, Instant claimedAt, TrackingToken token) {

    long position() {
        return token == null ? 0 : token.position().orElse(0);
    }

    /**
     * Axon keeps a replay token until an event newer than the reset arrives; the replay itself is
     * over once the segment has reached the reset position.
     */
    boolean replaying() {
        return ReplayToken.isReplay(token) && position() < resetPosition().orElse(Long.MAX_VALUE);
    }

    OptionalLong resetPosition() {
        return token == null ? OptionalLong.empty() : ReplayToken.getTokenAtReset(token);
    }

    /** A claim not renewed within the claim timeout belongs to a dead node: anyone may take it. */
    boolean claimedAt(Instant now, Duration claimTimeout) {
        return owner != null && claimedAt != null && claimedAt.plus(claimTimeout).isAfter(now);
    }
}
