package com.mirante.projection;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The thread of a pooled processor's coordinator, which looks again soon when its work packages'
 * buffers are full. Axon 4.13's coordinator hands each work package at most 1,024 events and, as
 * soon as one package's buffer is full, waits a fixed 100 ms before reading more (AxonFramework
 * issue #3493). A package that handles its 1,024 events in less time then idles: that capped a
 * one-segment replay near 10,000 events per second whatever its batch size. The coordinator asks
 * this executor for that wait with exactly 100 ms (its other waits are the claim interval, the
 * error back-off from 500 ms, or none); it gets {@link #FULL_BUFFER_RETRY_MILLIS} instead. A
 * coordinator that finds the buffers still full costs a few map reads and schedules again.
 */
final class CoordinatorExecutor extends ScheduledThreadPoolExecutor {

    static final long FULL_BUFFER_WAIT_MILLIS = 100;
    static final long FULL_BUFFER_RETRY_MILLIS = 5;

    private final AtomicLong shortenedWaits = new AtomicLong();

    CoordinatorExecutor(ThreadFactory threads) {
        super(1, threads);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        if (unit.toNanos(delay) == TimeUnit.MILLISECONDS.toNanos(FULL_BUFFER_WAIT_MILLIS)) {
            shortenedWaits.incrementAndGet();
            return super.schedule(task, FULL_BUFFER_RETRY_MILLIS, TimeUnit.MILLISECONDS);
        }
        return super.schedule(task, delay, unit);
    }

    /** How many full-buffer waits were shortened: the proof that Axon still asks for them. */
    long shortenedWaits() {
        return shortenedWaits.get();
    }
}
