package com.mirante.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** The timed room changes ({@link RoomChanges}): when each was sent, and when the live stream first showed it. */
final class RoomSamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Long> tookNanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    void sent(int sample, String key, long nanos) {
        order.put(key, sample);
        sentAt.put(key, nanos);
    }

    /** A {@code room} event of the live stream (see {@link LiveRooms}). */
    void seen(String data, long nanos) {
        try {
            JsonNode room = JSON.readTree(data);
            String key = RoomChanges.key(room.path("hotelId").asText(), room.path("room").asText(),
                    Instant.parse(room.path("updatedAt").asText()));
            Long sent = sentAt.get(key);
            if (sent != null) {
                tookNanos.putIfAbsent(key, nanos - sent);
            }
        } catch (IOException | RuntimeException notASample) {
            // a room pushed for another reason
        }
    }

    /** @return whether every sample sent so far was seen in time */
    boolean awaitAll(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (tookNanos.size() < sentAt.size() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return tookNanos.size() >= sentAt.size();
    }

    /**
     * {@code samples}, {@code samplesNeverSeen} and the percentiles named {@code name} over the
     * samples sent after the first {@code warmUpSamples}; those never seen are counted apart.
     */
    void report(Map<String, Object> result, String name, int warmUpSamples) {
        List<Long> measured = new ArrayList<>();
        int unseen = 0;
        for (Map.Entry<String, Integer> sample : order.entrySet()) {
            if (sample.getValue() < warmUpSamples) {
                continue;
            }
            Long took = tookNanos.get(sample.getKey());
            if (took == null) {
                unseen++;
            } else {
                measured.add(took);
            }
        }
        result.put("samples", measured.size() + unseen);
        result.put("samplesNeverSeen", unseen);
        Percentiles.put(result, name, measured);
    }
}
