package com.mirante.gateway.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Typed access to the columns of a DMS row image, with DMS's renderings: numerics as strings or
 * numbers, booleans as {@code "true"}/{@code "false"}, dates as {@code YYYY-MM-DD}, and local
 * wall-clock timestamps to which DMS appends a {@code Z} that means nothing. A value that does
 * not parse is a permanent error naming the table and column.
 */
public final class RowImage {

    private final String table;
    private final ObjectNode row;

    public RowImage(String table, ObjectNode row) {
        this.table = table;
        this.row = row;
    }

    public boolean isNull(String column) {
        JsonNode value = row.get(column);
        return value == null || value.isNull();
    }

    public String text(String column) {
        return isNull(column) ? null : row.get(column).asText();
    }

    public String requiredText(String column) {
        String value = text(column);
        if (value == null || value.isBlank()) {
            throw missing(column);
        }
        return value;
    }

    public Long longValue(String column) {
        if (isNull(column)) {
            return null;
        }
        JsonNode value = row.get(column);
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText().trim());
            } catch (NumberFormatException e) {
                throw bad(column, value, e);
            }
        }
        throw bad(column, value, null);
    }

    public long requiredLong(String column) {
        Long value = longValue(column);
        if (value == null) {
            throw missing(column);
        }
        return value;
    }

    public int intValue(String column, int whenNull) {
        Long value = longValue(column);
        if (value == null) {
            return whenNull;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw bad(column, row.get(column), null);
        }
        return value.intValue();
    }

    public BigDecimal decimal(String column) {
        if (isNull(column)) {
            return null;
        }
        JsonNode value = row.get(column);
        try {
            BigDecimal parsed = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().trim());
            // "689.00" and 689 are the same amount: one canonical scale, so that comparing two
            // images of a row (record equality uses BigDecimal.equals) sees no change where there is none.
            BigDecimal canonical = parsed.stripTrailingZeros();
            return canonical.scale() < 0 ? canonical.setScale(0) : canonical;
        } catch (NumberFormatException e) {
            throw bad(column, value, e);
        }
    }

    public boolean bool(String column, boolean whenNull) {
        if (isNull(column)) {
            return whenNull;
        }
        JsonNode value = row.get(column);
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return switch (value.asText().trim().toLowerCase()) {
            case "true", "t", "1" -> true;
            case "false", "f", "0" -> false;
            default -> throw bad(column, value, null);
        };
    }

    public LocalDate date(String column) {
        if (isNull(column)) {
            return null;
        }
        try {
            return LocalDate.parse(row.get(column).asText());
        } catch (DateTimeParseException e) {
            throw bad(column, row.get(column), e);
        }
    }

    public LocalDate requiredDate(String column) {
        LocalDate value = date(column);
        if (value == null) {
            throw missing(column);
        }
        return value;
    }

    /** A {@code dh_*} column: the hotel's wall-clock time, whatever zone suffix DMS printed. */
    public LocalDateTime localDateTime(String column) {
        if (isNull(column)) {
            return null;
        }
        String text = row.get(column).asText().trim();
        String withoutZone = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
        try {
            return LocalDateTime.parse(withoutZone.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw bad(column, row.get(column), e);
        }
    }

    private InvalidChangeRecordException missing(String column) {
        return new InvalidChangeRecordException("MISSING_VALUE", table + "." + column + " is missing");
    }

    private InvalidChangeRecordException bad(String column, JsonNode value, Exception cause) {
        return new InvalidChangeRecordException("BAD_VALUE",
                table + "." + column + " does not parse: " + value, cause);
    }
}
