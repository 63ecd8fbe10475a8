package com.mirante.gateway.erasure;

import com.mirante.gateway.sqs.DeadLetterQueue;
import com.mirante.gateway.sqs.SqsProperties;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sweeps the dead-letter queue for erased guests' personal data ({@link DeadLetterQueue#redactAll}),
 * one sweep at a time: at start, soon after each erasure this gateway commits, and every
 * {@code mirante.erasure.sweep-interval}. The regular sweep catches what an erasure's sweep cannot:
 * a letter SQS moved there by itself (its redrive policy asks no one), a letter whose erasure check
 * ran just before the erasure committed and whose send landed after the sweep, a letter another
 * walk (a listing) held hidden, and a sweep that failed or was cut short by a crash. Like the
 * consumer, it starts only when the gateway consumes ({@code mirante.sqs.auto-start}).
 */
@Component
@EnableConfigurationProperties(ErasureProperties.class)
class DeadLetterSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterSweep.class);
    private static final Duration RETRY = Duration.ofSeconds(30);

    private final DeadLetterQueue deadLetters;
    private final ErasureProperties properties;
    private final boolean autoStart;
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile ScheduledExecutorService sweeper;

    DeadLetterSweep(DeadLetterQueue deadLetters, ErasureProperties properties, SqsProperties sqs) {
        this.deadLetters = deadLetters;
        this.properties = properties;
        this.autoStart = sqs.autoStart();
    }

    @Override
    public synchronized void start() {
        sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dead-letter-sweep");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 0, properties.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (sweeper == null) {
            return;
        }
        ScheduledExecutorService stopping = sweeper;
        sweeper = null;
        stopping.shutdownNow();
        try {
            // A sweep cut short loses nothing (see DeadLetterQueue#redactAll): wait only briefly.
            stopping.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return sweeper != null;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStart;
    }

    /**
     * Sweeps soon: once for any number of requests made before that sweep begins. Stopped, it does
     * nothing; the sweep at the next start covers the request.
     */
    void request() {
        ScheduledExecutorService running = sweeper;
        if (running != null && requested.compareAndSet(false, true)) {
            running.execute(this::sweep);
        }
    }

    private void sweep() {
        requested.set(false);
        try {
            int redacted = deadLetters.redactAll(properties.sweepLimit());
            if (redacted > 0) {
                log.info("Swept the dead-letter queue for erased guests: {} letters redacted", redacted);
            }
        } catch (RuntimeException e) {
            // Caught: an escaping exception would cancel the regular sweep for good.
            log.warn("Sweeping the dead-letter queue for erased guests failed; trying again in {}: {}",
                    RETRY, e.getMessage());
            ScheduledExecutorService running = sweeper;
            if (running != null) {
                running.schedule(this::request, RETRY.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }
}
