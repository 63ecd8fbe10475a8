package com.mirante.simulator.relay;

import java.util.function.Consumer;

/** Counts the records that went out and reports the count and the rate every so often. */
public final class Progress implements RecordSink {

    private final RecordSink next;
    private final Consumer<String> report;
    private final long intervalNanos;
    private long lastReportAt = System.nanoTime();
    private long lastCount;
    private long count;

    public Progress(RecordSink next, Consumer<String> report, long intervalMillis) {
        this.next = next;
        this.report = report;
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    @Override
    public void send(String record) {
        next.send(record);
        count++;
        long now = System.nanoTime();
        if (now - lastReportAt >= intervalNanos) {
            report.accept("%,d records sent, %,.0f records/s".formatted(count,
                    (count - lastCount) * 1e9 / (now - lastReportAt)));
            lastReportAt = now;
            lastCount = count;
        }
    }

    public long count() {
        return count;
    }

    @Override
    public void close() {
        next.close();
    }
}
