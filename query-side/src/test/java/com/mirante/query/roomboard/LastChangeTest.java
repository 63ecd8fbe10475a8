package com.mirante.query.roomboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LastChangeTest {

    private static final LocalDateTime CLEANED = LocalDateTime.of(2025, 3, 15, 1, 30);

    @Test
    void aCapturedChangeIsDatedByItsCommitEvenWhenItCarriesAWallClockTime() {
        Instant committed = Instant.parse("2025-03-15T10:00:00Z");
        SourcePosition captured = new SourcePosition("governanca.quarto", "CGB01|101", SourceOperation.UPDATE, 7L, 1L,
                committed, "00000001/0000000A.1.00000001/0000000A", null);

        assertThat(LastChange.of(captured, CLEANED)).isEqualTo(new LastChange(committed, null));
    }

    @Test
    void aFullLoadImageFallsBackToItsWallClockTimeOrToUnknown() {
        SourcePosition load = new SourcePosition("governanca.quarto", "CGB01|101", SourceOperation.LOAD, null, null,
                null, null, null);

        assertThat(LastChange.of(load, CLEANED)).isEqualTo(new LastChange(null, CLEANED));
        assertThat(LastChange.of(load)).isEqualTo(new LastChange(null, null));
    }
}
