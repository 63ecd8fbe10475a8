package com.mirante.gateway.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mirante.gateway.dms.Echo;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to the columns of a DMS row image, each read as the contract renders its source
 * type and within that type's bounds: integers as JSON numbers within smallint, integer or bigint;
 * numerics as strings or numbers within their precision and scale; booleans as {@code "true"} or
 * {@code "false"}; dates as {@code YYYY-MM-DD} and local wall-clock timestamps (to which DMS
 * appends a {@code Z} that means nothing) from 1900 to 2199; text within its column's length.
 * Anything else is a permanent error naming the table and column, and the value unless the
 * column is personal.
 */
public final class RowImage {

    /** Longer than any number, date or time the contract renders: rejected unread. */
    private static final int MAX_SCALAR_CHARS = 40;
    /** A PostgreSQL numeric as DMS prints it: no exponent, no infinity, no NaN. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1900, 1, 1, 0, 0);
    private static final LocalDateTime LATEST_EXCLUSIVE = LocalDateTime.of(2200, 1, 1, 0, 0);

    private final String table;
    private final ObjectNode row;
    private final Set<String> personalColumns;

    /** @param personalColumns columns whose values a rejection reason never repeats */
    public RowImage(String table, ObjectNode row, Set<String> personalColumns) {
        this.table = table;
        this.row = row;
        this.personalColumns = personalColumns;
    }

    public boolean isNull(String column) {
        JsonNode value = row.get(column);
        return value == null || value.isNull();
    }

    /** A {@code varchar(n)} or {@code char(n)} column: a string of at most {@code maxLength} characters. */
    public String text(String column, int maxLength) {
        if (isNull(column)) {
            return null;
        }
        String text = string(column, "is not text");
        if (text.length() > maxLength && text.codePointCount(0, text.length()) > maxLength) {
            throw outOfRange(column, "is longer than " + maxLength + " characters");
        }
        if (!isText(text)) {
            throw bad(column, "holds a NUL or half a surrogate pair, which no PostgreSQL text holds");
        }
        return text;
    }

    public String requiredText(String column, int maxLength) {
        String value = text(column, maxLength);
        if (value == null || value.isBlank()) {
            throw missing(column);
        }
        return value;
    }

    public Long integer(String column, SqlInteger type) {
        if (isNull(column)) {
            return null;
        }
        JsonNode value = row.get(column);
        if (!value.isIntegralNumber()) {
            throw bad(column, "is not an integer");
        }
        if (!value.canConvertToLong() || !type.holds(value.longValue())) {
            throw outOfRange(column, "is outside " + type.name().toLowerCase());
        }
        return value.longValue();
    }

    public long requiredInteger(String column, SqlInteger type) {
        return required(column, integer(column, type));
    }

    /**
     * A {@code numeric(precision, scale)} column, in one canonical scale so that {@code "689.00"}
     * and {@code 689} are the same amount (record equality uses {@link BigDecimal#equals}).
     */
    public BigDecimal decimal(String column, int precision, int scale) {
        if (isNull(column)) {
            return null;
        }
        BigDecimal canonical = number(column).stripTrailingZeros();
        // Digits after and before the point, from scale and precision alone: neither expands the
        // number, so 1e999999999 is refused at once instead of being written out (in long: the
        // difference overflows an int for an exponent near Integer.MAX_VALUE).
        if (canonical.scale() > scale || (long) canonical.precision() - canonical.scale() > precision - scale) {
            throw outOfRange(column, "does not fit numeric(" + precision + "," + scale + ")");
        }
        return canonical.scale() < 0 ? canonical.setScale(0) : canonical;
    }

    private BigDecimal number(String column) {
        JsonNode value = row.get(column);
        if (value.isNumber()) {
            if (value.isFloatingPointNumber() && !value.isBigDecimal() && !Double.isFinite(value.doubleValue())) {
                throw bad(column, "is not a finite number");
            }
            return value.decimalValue();
        }
        String text = string(column, "is not a number").trim();
        if (text.length() > MAX_SCALAR_CHARS || !DECIMAL.matcher(text).matches()) {
            throw bad(column, "is not a decimal number");
        }
        return new BigDecimal(text);
    }

    public boolean bool(String column, boolean whenNull) {
        if (isNull(column)) {
            return whenNull;
        }
        JsonNode value = row.get(column);
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return switch (value.isTextual() ? value.textValue().trim() : "") {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(column, "is not true or false");
        };
    }

    public LocalDate date(String column) {
        if (isNull(column)) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(scalar(column, "is not a date"));
        } catch (DateTimeParseException e) {
            throw bad(column, "is not a date");
        }
        inRange(column, date.atStartOfDay());
        return date;
    }

    public LocalDate requiredDate(String column) {
        return required(column, date(column));
    }

    /** A {@code dh_*} column: the hotel's wall-clock time, whatever zone suffix DMS printed. */
    public LocalDateTime localDateTime(String column) {
        if (isNull(column)) {
            return null;
        }
        String text = scalar(column, "is not a timestamp").trim();
        String withoutZone = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(withoutZone.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw bad(column, "is not a timestamp");
        }
        return inRange(column, time);
    }

    public LocalDateTime requiredLocalDateTime(String column) {
        return required(column, localDateTime(column));
    }

    private <T> T required(String column, T value) {
        if (value == null) {
            throw missing(column);
        }
        return value;
    }

    private LocalDateTime inRange(String column, LocalDateTime time) {
        if (time.isBefore(EARLIEST) || !time.isBefore(LATEST_EXCLUSIVE)) {
            throw outOfRange(column, "is outside 1900 to 2199");
        }
        return time;
    }

    /** A short string, as numbers, dates and times are rendered. */
    private String scalar(String column, String otherwise) {
        String text = string(column, otherwise);
        if (text.length() > MAX_SCALAR_CHARS) {
            throw bad(column, otherwise);
        }
        return text;
    }

    private String string(String column, String otherwise) {
        JsonNode value = row.get(column);
        if (!value.isTextual()) {
            throw bad(column, otherwise);
        }
        return value.textValue();
    }

    private static boolean isText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    InvalidChangeRecordException missing(String column) {
        return new InvalidChangeRecordException("MISSING_VALUE", table + "." + column + " is missing");
    }

    InvalidChangeRecordException bad(String column, String reason) {
        return new InvalidChangeRecordException("BAD_VALUE", table + "." + column + " " + reason + shown(column));
    }

    InvalidChangeRecordException outOfRange(String column, String reason) {
        return new InvalidChangeRecordException("OUT_OF_RANGE", table + "." + column + " " + reason + shown(column));
    }

    /** The value as a reason may quote it; only the column's name where the value is personal. */
    private String shown(String column) {
        return personalColumns.contains(column) ? " (value withheld: personal data)" : ": " + Echo.of(row.get(column));
    }
}
