package com.mirante.benchmarks;

import java.util.Collection;
import java.util.Map;

/** p50, p95, p99 and max of measured durations, in milliseconds to a tenth. */
final class Percentiles {

    private Percentiles() {
    }

    /** Puts {@code <name>P50Ms}, {@code P95Ms}, {@code P99Ms} and {@code MaxMs} of {@code nanos}; nothing when empty. */
    static void put(Map<String, Object> result, String name, Collection<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return;
        }
        result.put(name + "P50Ms", millis(percentile(sorted, 0.50)));
        result.put(name + "P95Ms", millis(percentile(sorted, 0.95)));
        result.put(name + "P99Ms", millis(percentile(sorted, 0.99)));
        result.put(name + "MaxMs", millis(sorted[sorted.length - 1]));
    }

    private static long percentile(long[] sorted, double share) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * share) - 1)];
    }

    private static double millis(long nanos) {
        return Results.round(nanos / 1_000_000.0);
    }
}
