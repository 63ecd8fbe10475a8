package com.mirante.api.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SourcePositionTest {

    private static SourcePosition captured(String streamPosition, long recordId, Long rowVersion) {
        return new SourcePosition("reservas.reserva", "1", SourceOperation.UPDATE, 100L, recordId,
                Instant.parse("2025-03-14T13:42:07Z"), streamPosition, rowVersion);
    }

    private static SourcePosition loaded(Long rowVersion) {
        return new SourcePosition("reservas.reserva", "1", SourceOperation.LOAD, null, null, null, null, rowVersion);
    }

    @Test
    void rowVersionDecidesWhenBothHaveOne() {
        SourcePosition version2AtEarlierLsn = captured("0000A3F1/00000001.2.0000A3F1/00000001", 1, 2L);
        SourcePosition version1AtLaterLsn = captured("0000A3F1/FFFFFFFF.2.0000A3F1/FFFFFFFF", 1, 1L);

        assertThat(version2AtEarlierLsn.isNewerThan(version1AtLaterLsn)).isTrue();
        assertThat(version1AtLaterLsn.isNewerThan(version2AtEarlierLsn)).isFalse();
    }

    @Test
    void theSameChangeIsNotNewerThanItself() {
        SourcePosition change = captured("0000A3F1/2C00A148.2.0000A3F1/2C00A148", 1, 3L);

        assertThat(change.isNewerThan(change)).isFalse();
        assertThat(captured("0000A3F1/2C00A148.2.0000A3F1/2C00A148", 1, null)
                .isNewerThan(captured("0000A3F1/2C00A148.2.0000A3F1/2C00A148", 1, null))).isFalse();
    }

    @Test
    void commitOrderDecidesWithoutRowVersion() {
        SourcePosition earlier = captured("0000A3F1/2C00A148.2.0000A3F1/2C00A148", 1, null);
        SourcePosition laterInHighWord = captured("0000A3F2/00000000.2.0000A3F2/00000000", 1, null);
        SourcePosition nextRecordOfSameTransaction = captured("0000A3F1/2C00A148.2.0000A3F1/2C00A148", 2, null);

        assertThat(laterInHighWord.isNewerThan(earlier)).isTrue();
        assertThat(nextRecordOfSameTransaction.isNewerThan(earlier)).isTrue();
        assertThat(earlier.isNewerThan(nextRecordOfSameTransaction)).isFalse();
    }

    @Test
    void aFullLoadImageIsOlderThanAnyCapturedChange() {
        SourcePosition change = captured("0000A3F1/2C00A148.2.0000A3F1/2C00A148", 1, null);

        assertThat(loaded(null).isNewerThan(change)).isFalse();
        assertThat(change.isNewerThan(loaded(null))).isTrue();
        assertThat(loaded(null).isNewerThan(loaded(null))).isFalse();
    }

    @Test
    void anythingIsNewerThanNothing() {
        assertThat(loaded(null).isNewerThan(null)).isTrue();
    }

    @Test
    void commitLsnReadsTheHighAndLowWords() {
        assertThat(captured("0000A3F1/2C00A148.2.0000A3F1/2C00A148", 1, null).commitLsn())
                .isEqualTo((0xA3F1L << 32) | 0x2C00A148L);
        assertThat(loaded(null).commitLsn()).isZero();
    }
}
