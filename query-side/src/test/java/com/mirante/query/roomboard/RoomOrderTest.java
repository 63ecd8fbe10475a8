package com.mirante.query.roomboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RoomOrderTest {

    @Test
    void digitRunsCompareAsNumbersAndTheRestAsText() {
        List<String> sorted = Stream.of("1001", "101B", "A2", "901", "101", "12A", "101A", "A10", "0101")
                .sorted(RoomOrder.INSTANCE).toList();

        assertThat(sorted).containsExactly("12A", "0101", "101", "101A", "101B", "901", "1001", "A2", "A10");
    }
}
