package com.mirante.gateway.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SupervisorTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private final MeterRegistry registry = new SimpleMeterRegistry();

    private Supervisor supervisor(Duration firstDelay) {
        return new Supervisor(1, Executors.defaultThreadFactory(), new IngestionMetrics(registry),
                firstDelay, Duration.ofSeconds(30), Duration.ofMinutes(1));
    }

    private double restarts(String cause) {
        var counter = registry.find("mirante.ingestion.poller.restarts").tag("cause", cause).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aLoopThatDiesOfAnErrorIsRestartedAndTheRestartCounted() {
        Supervisor supervisor = supervisor(Duration.ofMillis(10));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch stopLooping = new CountDownLatch(1);
        supervisor.start(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new NoClassDefFoundError("injected");
            }
            try {
                stopLooping.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        await().atMost(BOUND).until(() -> runs.get() == 2 && supervisor.live() == 1);
        assertThat(restarts(NoClassDefFoundError.class.getName())).isEqualTo(1);

        stopLooping.countDown();
        supervisor.stop(BOUND);
        assertThat(supervisor.live()).isZero();
    }

    @Test
    void aLoopWaitingToBeRestartedIsNotLiveAndStoppingEndsTheWait() {
        Supervisor supervisor = supervisor(Duration.ofHours(1));
        supervisor.start(() -> {
            throw new IllegalStateException("injected");
        });

        await().atMost(BOUND).until(() -> restarts(IllegalStateException.class.getName()) == 1);
        assertThat(supervisor.live()).isZero();
        // Neither the hour's wait nor the grace period: the wait ends when told to stop.
        assertTimeout(Duration.ofSeconds(10), () -> supervisor.stop(Duration.ofSeconds(20)));
    }

    @Test
    void theWaitDoublesUpToItsCapAndStartsOverAfterAHealthyRun() {
        Supervisor supervisor = supervisor(Duration.ofSeconds(1));
        Duration quick = Duration.ofSeconds(5);

        assertThat(supervisor.delayAfter(null, quick)).isEqualTo(Duration.ofSeconds(1));
        assertThat(supervisor.delayAfter(Duration.ofSeconds(1), quick)).isEqualTo(Duration.ofSeconds(2));
        assertThat(supervisor.delayAfter(Duration.ofSeconds(16), quick)).isEqualTo(Duration.ofSeconds(30));
        assertThat(supervisor.delayAfter(Duration.ofSeconds(30), quick)).isEqualTo(Duration.ofSeconds(30));
        assertThat(supervisor.delayAfter(Duration.ofSeconds(30), Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(1));
    }
}
