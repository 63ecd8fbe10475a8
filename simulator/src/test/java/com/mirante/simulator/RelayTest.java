package com.mirante.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.simulator.relay.RecordSink;
import com.mirante.simulator.relay.Relay;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RelayTest {

    /** Collects what the relay delivers. */
    private static final class Collected implements RecordSink {
        final List<String> records = new ArrayList<>();
        boolean closed;

        @Override
        public void send(String record) {
            records.add(record);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static final List<String> SENT = IntStream.range(0, 2_000).mapToObj(Integer::toString).toList();

    @Test
    void withoutDuplicatesOrReorderingRecordsPassInOrder() {
        Collected out = new Collected();
        try (Relay relay = new Relay(out, 0, 0, 1)) {
            SENT.forEach(relay::send);
        }
        assertThat(out.records).isEqualTo(SENT);
        assertThat(out.closed).isTrue();
    }

    @Test
    void everyRecordArrivesAtLeastOnceSomeTwiceAndNotInOrder() {
        Collected out = new Collected();
        try (Relay relay = new Relay(out, 0.05, 20, 1)) {
            SENT.forEach(relay::send);
        }
        assertThat(out.records).containsAll(SENT).isNotEqualTo(SENT);
        assertThat(out.records.size() - SENT.size()).isBetween(50, 160);
        // Reordering stays within the window: nothing arrives far from where it was sent.
        for (int i = 0; i < out.records.size(); i++) {
            assertThat(Math.abs(Integer.parseInt(out.records.get(i)) - i)).isLessThan(400);
        }
    }
}
