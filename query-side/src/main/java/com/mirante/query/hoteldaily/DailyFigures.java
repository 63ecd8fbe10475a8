package com.mirante.query.hoteldaily;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The dashboard figures of one night, for a hotel or the whole chain, as the API shows them. Money
 * is to the cent; ratios have four decimals and are null when their denominator is zero.
 */
public record DailyFigures(
        LocalDate date,
        long roomsAvailable,
        long roomsSold,
        BigDecimal occupancy,
        long arrivals,
        long departures,
        long cancellations,
        BigDecimal roomRevenue,
        BigDecimal totalRevenue,
        BigDecimal adr,
        BigDecimal revpar,
        BigDecimal trevpar) {

    private static final int RATIO_SCALE = 4;

    /** The ratios follow from the counts and sums, so the chain's come from the chain's sums. */
    static DailyFigures of(LocalDate date, long roomsAvailable, long roomsSold, long arrivals, long departures,
                           long cancellations, BigDecimal roomRevenue, BigDecimal totalRevenue) {
        BigDecimal room = money(roomRevenue);
        BigDecimal total = money(totalRevenue);
        BigDecimal available = BigDecimal.valueOf(roomsAvailable);
        BigDecimal sold = BigDecimal.valueOf(roomsSold);
        return new DailyFigures(date, roomsAvailable, roomsSold, ratio(sold, available), arrivals, departures,
                cancellations, room, total, ratio(room, sold), ratio(room, available), ratio(total, available));
    }

    private static BigDecimal money(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_UP);
    }
}
