package com.mirante.simulator.chain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Simulated time: activities of all hotels run in the order of their real instants, whatever
 * each hotel's zone, so that commit timestamps and positions rise together like in one database.
 * Ties run in the order they were scheduled, which keeps a run the same for the same seed.
 */
final class Timeline {

    private record Scheduled(Instant at, long sequence, LocalDateTime localTime, Activity activity) {
    }

    /** Something that happens at a hotel's local wall-clock time. */
    @FunctionalInterface
    interface Activity {
        void run(LocalDateTime localTime);
    }

    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>(
            Comparator.comparing(Scheduled::at).thenComparingLong(Scheduled::sequence));
    private long sequence;
    private Instant now = Instant.EPOCH;

    void at(LocalDateTime localTime, ZoneId zone, Activity activity) {
        Instant at = localTime.atZone(zone).toInstant();
        // Nothing is scheduled in the past: it would commit before changes already captured.
        if (at.isBefore(now)) {
            at = now;
            localTime = LocalDateTime.ofInstant(now, zone);
        }
        queue.add(new Scheduled(at, sequence++, localTime, activity));
    }

    /** Runs the next activity; false once nothing is left. */
    boolean runNext() {
        Scheduled next = queue.poll();
        if (next == null) {
            return false;
        }
        now = next.at();
        next.activity().run(next.localTime());
        return true;
    }

    Instant now() {
        return now;
    }
}
