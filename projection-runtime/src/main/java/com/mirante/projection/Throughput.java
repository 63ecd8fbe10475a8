package com.mirante.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Events per second of each processor over the last minute, from its slowest segment's position
 * sampled every few seconds (from the token store, so it counts the work of every node).
 */
class Throughput {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private record Sample(Instant at, long position) {
    }

    private final Map<String, Deque<Sample>> samples = new ConcurrentHashMap<>();
    private final EventProcessingConfiguration processing;
    private final ProcessorTokens tokens;
    private final Rebuilds rebuilds;
    private final Clock clock = Clock.systemUTC();

    Throughput(EventProcessingConfiguration processing, ProcessorTokens tokens, Rebuilds rebuilds) {
        this.processing = processing;
        this.tokens = tokens;
        this.rebuilds = rebuilds;
    }

    @Scheduled(fixedDelayString = "${mirante.processors.sample-interval:5s}")
    void sample() {
        Instant now = clock.instant();
        Stream.concat(processing.eventProcessors().keySet().stream(), rebuilds.rebuildProcessorNames().stream())
                .toList().forEach(name -> {
            long position = tokens.of(name).stream().mapToLong(StoredToken::position).min().orElse(0);
            Deque<Sample> window = samples.computeIfAbsent(name, n -> new ArrayDeque<>());
            synchronized (window) {
                window.addLast(new Sample(now, position));
                while (window.size() > 2 && window.peekFirst().at().isBefore(now.minus(WINDOW))) {
                    window.removeFirst();
                }
            }
        });
    }

    /** A reset moves positions back; the window then measures from the last reset on. */
    double eventsPerSecond(String processorName) {
        Deque<Sample> window = samples.get(processorName);
        if (window == null) {
            return 0;
        }
        synchronized (window) {
            if (window.size() < 2) {
                return 0;
            }
            Sample from = null;
            Sample last = null;
            for (Sample sample : window) {
                if (last == null || sample.position() < last.position()) {
                    from = sample;
                }
                last = sample;
            }
            double seconds = Duration.between(from.at(), last.at()).toMillis() / 1000.0;
            return seconds <= 0 ? 0 : (last.position() - from.position()) / seconds;
        }
    }
}
