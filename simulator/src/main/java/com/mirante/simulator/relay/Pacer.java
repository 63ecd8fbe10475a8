package com.mirante.simulator.relay;

import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.LockSupport;

/** Holds records to a steady rate once {@link #start()} is called; until then (the full load) they pass at once. */
public final class Pacer implements RecordSink {

    private final RecordSink next;
    private final double perSecond;
    private long startedAt;
    private long sent;

    /** @param perSecond records per second; 0 or less for as fast as possible */
    public Pacer(RecordSink next, double perSecond) {
        this.next = next;
        this.perSecond = perSecond;
    }

    public void start() {
        startedAt = System.nanoTime();
        sent = 0;
    }

    @Override
    public void send(String record) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("Simulator stopped");
        }
        if (perSecond > 0 && startedAt != 0) {
            long due = startedAt + (long) (sent * 1_000_000_000L / perSecond);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("Simulator stopped");
                }
            }
            sent++;
        }
        next.send(record);
    }

    @Override
    public void close() {
        next.close();
    }
}
