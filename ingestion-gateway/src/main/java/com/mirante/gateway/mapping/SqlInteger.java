package com.mirante.gateway.mapping;

/** The PostgreSQL integer types of the legacy columns, with the values each can hold. */
public enum SqlInteger {
    SMALLINT(Short.MIN_VALUE, Short.MAX_VALUE),
    INTEGER(Integer.MIN_VALUE, Integer.MAX_VALUE),
    BIGINT(Long.MIN_VALUE, Long.MAX_VALUE);

    private final long min;
    private final long max;

    SqlInteger(long min, long max) {
        this.min = min;
        this.max = max;
    }

    boolean holds(long value) {
        return value >= min && value <= max;
    }
}
