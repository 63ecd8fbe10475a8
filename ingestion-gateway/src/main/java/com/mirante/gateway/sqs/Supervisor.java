package com.mirante.gateway.sqs;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs copies of a loop on threads of its own and starts a copy again after anything escapes it,
 * Errors included: a loop that died unseen would leave the gateway consuming less, or nothing,
 * with nothing to tell. Restarts wait {@code firstDelay}, doubling up to {@code maxDelay} while
 * the loop keeps failing, back to {@code firstDelay} once it ran {@code healthyAfter} without
 * failing. One instance serves one start of the consumer.
 */
final class Supervisor {

    private static final Logger log = LoggerFactory.getLogger(Supervisor.class);

    private final ExecutorService threads;
    private final int copies;
    private final IngestionMetrics metrics;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration healthyAfter;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final AtomicInteger live = new AtomicInteger();

    Supervisor(int copies, ThreadFactory threadFactory, IngestionMetrics metrics,
               Duration firstDelay, Duration maxDelay, Duration healthyAfter) {
        this.threads = Executors.newFixedThreadPool(copies, threadFactory);
        this.copies = copies;
        this.metrics = metrics;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.healthyAfter = healthyAfter;
    }

    void start(Runnable loop) {
        for (int i = 0; i < copies; i++) {
            threads.execute(() -> supervise(loop));
        }
    }

    /** Copies of the loop running now; not those waiting to be restarted. */
    int live() {
        return live.get();
    }

    /**
     * Restarts no more, and gives the loops {@code grace} to end (the loop itself must see that it
     * should, like the consumer's {@code running}), then interrupts them.
     */
    void stop(Duration grace) {
        stopping.countDown();
        threads.shutdown();
        try {
            if (!threads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void supervise(Runnable loop) {
        Duration delay = null;
        while (stopping.getCount() > 0) {
            long started = System.nanoTime();
            live.incrementAndGet();
            try {
                loop.run();
                return;
            } catch (Throwable failure) {
                if (stopping.getCount() == 0) {
                    return;
                }
                delay = delayAfter(delay, Duration.ofNanos(System.nanoTime() - started));
                metrics.pollerRestarted(failure);
                log.atError().setCause(failure).addKeyValue("error_code", failure.getClass().getName())
                        .log("{} died of {}; restarting it in {} ms", Thread.currentThread().getName(), failure,
                                delay.toMillis());
            } finally {
                live.decrementAndGet();
            }
            if (!waitOrStop(delay)) {
                return;
            }
        }
    }

    /** The wait before restarting a loop that failed after {@code ranFor}; {@code previous}, the last wait, or null. */
    Duration delayAfter(Duration previous, Duration ranFor) {
        if (previous == null || ranFor.compareTo(healthyAfter) >= 0) {
            return firstDelay;
        }
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled;
    }

    /** False when told to stop while waiting. */
    private boolean waitOrStop(Duration delay) {
        try {
            return !stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
