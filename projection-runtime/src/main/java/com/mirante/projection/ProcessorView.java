package com.mirante.projection;

import java.util.List;

/**
 * One event processor as the operations API shows it.
 *
 * @param headPosition            the event store's highest global index
 * @param lagEvents               events between the slowest segment and the head
 * @param lagSeconds              age of the oldest event not processed yet (0 when caught up)
 * @param eventsPerSecond         over the last minute
 * @param replayProgress          0..1 while replaying, 1 otherwise
 * @param replaySecondsRemaining  at the current rate; null when not replaying or not moving
 * @param rebuild                 the rebuild of its query model under way; null when there is none
 */
public record ProcessorView(String name, String mode, ProcessorState state, long headPosition,
                            List<SegmentView> segments, long lagEvents, double lagSeconds, double eventsPerSecond,
                            double replayProgress, Double replaySecondsRemaining, long deadLetters,
                            RebuildView rebuild) {

    /**
     * A query model built again into new tables while the live ones keep serving.
     *
     * @param version          the version being built
     * @param position         its slowest segment's position
     * @param progress         0..1, position over the event store's head
     * @param secondsRemaining to reach the head at the current rate; null when not moving yet
     * @param switching        caught up: the processors are stopping for the switch to the new tables
     */
    public record RebuildView(int version, long position, double progress, Double secondsRemaining,
                              boolean switching, List<SegmentView> segments) {
    }

    /**
     * @param owner    the node that claims the segment, null when nobody does
     * @param caughtUp reached the head (as this node's processor reports it for the segments it
     *                 claims; from the position for the others)
     * @param error    why the segment stopped on this node, null when it did not
     */
    public record SegmentView(int segment, int mask, String owner, long position, boolean caughtUp,
                              boolean replaying, String error) {
    }
}
