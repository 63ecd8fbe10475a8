package com.mirante.simulator.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a real relay does to the records on their way: delivers some twice (task restarts,
 * retries) and mixes the order within a window (a standard SQS queue keeps no order).
 */
public final class Relay implements RecordSink {

    private final RecordSink next;
    private final double duplicates;
    private final int window;
    private final Random random;
    private final List<String> held = new ArrayList<>();

    /** @param duplicates share of records delivered twice; @param window how far a record may move, 0 for none */
    public Relay(RecordSink next, double duplicates, int window, long seed) {
        this.next = next;
        this.duplicates = duplicates;
        this.window = window;
        this.random = new Random(seed);
    }

    @Override
    public void send(String record) {
        hold(record);
        if (duplicates > 0 && random.nextDouble() < duplicates) {
            hold(record);
        }
    }

    private void hold(String record) {
        held.add(record);
        if (held.size() > window) {
            next.send(takeAny());
        }
    }

    private String takeAny() {
        int index = random.nextInt(held.size());
        String record = held.get(index);
        held.set(index, held.get(held.size() - 1));
        held.remove(held.size() - 1);
        return record;
    }

    @Override
    public void close() {
        while (!held.isEmpty()) {
            next.send(takeAny());
        }
        next.close();
    }
}
