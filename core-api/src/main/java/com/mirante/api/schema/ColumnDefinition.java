package com.mirante.api.schema;

/** A legacy column as DMS describes it in a control record ({@code INT64}, {@code WSTRING}...). */
public record ColumnDefinition(String type, Integer length, Integer precision, Integer scale, Boolean nullable) {
}
