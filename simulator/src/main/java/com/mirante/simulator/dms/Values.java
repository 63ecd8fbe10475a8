package com.mirante.simulator.dms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Column values rendered as DMS renders them in {@code json-unformatted} records. */
public final class Values {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private Values() {
    }

    /** numeric(12,2): a string with two decimals. */
    public static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** numeric(9,3). */
    public static String quantity(BigDecimal quantity) {
        return quantity == null ? null : quantity.setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    /** boolean: DMS maps it to a five-character string. */
    public static String flag(boolean value) {
        return value ? "true" : "false";
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A {@code timestamp without time zone} column: the hotel's wall-clock time, with the Z DMS appends anyway. */
    public static String wallClock(LocalDateTime time) {
        return time == null ? null : TIMESTAMP.format(time);
    }

    /** A real UTC instant (commit timestamps, metadata timestamps). */
    public static String utc(Instant instant) {
        return TIMESTAMP.format(instant.atOffset(ZoneOffset.UTC));
    }
}
