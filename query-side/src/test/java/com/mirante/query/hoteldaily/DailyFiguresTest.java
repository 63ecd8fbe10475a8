package com.mirante.query.hoteldaily;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DailyFiguresTest {

    private static final LocalDate NIGHT = LocalDate.of(2031, 3, 1);

    @Test
    void ratiosFollowTheDefinitionsToFourDecimals() {
        DailyFigures figures = DailyFigures.of(NIGHT, 30, 7, 2, 1, 0, new BigDecimal("1000"), new BigDecimal("1234.5"));

        assertThat(figures.occupancy()).isEqualTo(new BigDecimal("0.2333"));
        assertThat(figures.adr()).isEqualTo(new BigDecimal("142.8571"));
        assertThat(figures.revpar()).isEqualTo(new BigDecimal("33.3333"));
        assertThat(figures.trevpar()).isEqualTo(new BigDecimal("41.1500"));
        assertThat(figures.roomRevenue()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(figures.totalRevenue()).isEqualTo(new BigDecimal("1234.50"));
    }

    @Test
    void aRatioOverZeroIsNull() {
        DailyFigures noRooms = DailyFigures.of(NIGHT, 0, 1, 1, 0, 0, new BigDecimal("100"), new BigDecimal("100"));
        DailyFigures nothingSold = DailyFigures.of(NIGHT, 10, 0, 0, 0, 0, BigDecimal.ZERO, new BigDecimal("5"));

        assertThat(noRooms.occupancy()).isNull();
        assertThat(noRooms.revpar()).isNull();
        assertThat(noRooms.trevpar()).isNull();
        assertThat(noRooms.adr()).isEqualTo(new BigDecimal("100.0000"));
        assertThat(nothingSold.adr()).isNull();
        assertThat(nothingSold.revpar()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(nothingSold.trevpar()).isEqualTo(new BigDecimal("0.5000"));
    }

    @Test
    void missingSumsAreZeroMoney() {
        DailyFigures figures = DailyFigures.of(NIGHT, 10, 0, 0, 0, 0, null, null);

        assertThat(figures.roomRevenue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(figures.totalRevenue()).isEqualTo(new BigDecimal("0.00"));
    }
}
