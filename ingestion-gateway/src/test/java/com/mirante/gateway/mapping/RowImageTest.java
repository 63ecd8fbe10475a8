package com.mirante.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.mirante.gateway.dms.InvalidChangeRecordException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RowImageTest {

    private static RowImage rowWith(JsonNode value) {
        ObjectNode row = JsonNodeFactory.instance.objectNode().set("col", value);
        return new RowImage("schema.tabela", row, Set.of("secret"));
    }

    private static RowImage rowWith(String text) {
        return rowWith(TextNode.valueOf(text));
    }

    private static void assertRejected(Function<RowImage, Object> read, RowImage row, String code) {
        assertThatThrownBy(() -> read.apply(row)).isInstanceOfSatisfying(InvalidChangeRecordException.class,
                e -> {
                    assertThat(e.errorCode()).isEqualTo(code);
                    assertThat(e.getMessage()).startsWith("schema.tabela.col ");
                });
    }

    @ParameterizedTest
    @CsvSource({"SMALLINT, 32767", "SMALLINT, -32768", "INTEGER, 2147483647", "BIGINT, 9223372036854775807"})
    void anIntegerWithinItsTypeIsRead(SqlInteger type, long value) {
        assertThat(rowWith(LongNode.valueOf(value)).integer("col", type)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"SMALLINT, 32768", "SMALLINT, -32769", "INTEGER, 2147483648", "INTEGER, -2147483649"})
    void anIntegerOutsideItsTypeIsOutOfRange(SqlInteger type, long value) {
        assertRejected(row -> row.integer("col", type), rowWith(LongNode.valueOf(value)), "OUT_OF_RANGE");
    }

    @Test
    void anIntegerBeyondBigintIsOutOfRange() {
        JsonNode huge = BigIntegerNode.valueOf(BigInteger.TEN.pow(30));

        assertRejected(row -> row.integer("col", SqlInteger.BIGINT), rowWith(huge), "OUT_OF_RANGE");
    }

    @Test
    void anIntegerMustBeAJsonIntegerNotTextNorAFraction() {
        assertRejected(row -> row.integer("col", SqlInteger.BIGINT), rowWith("12"), "BAD_VALUE");
        assertRejected(row -> row.integer("col", SqlInteger.BIGINT), rowWith(DecimalNode.valueOf(new BigDecimal("1.5"))),
                "BAD_VALUE");
        assertRejected(row -> row.integer("col", SqlInteger.BIGINT), rowWith(JsonNodeFactory.instance.objectNode()),
                "BAD_VALUE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999999999.99", "-9999999999.99", "0.01", "689.00", "0"})
    void aNumericWithinItsPrecisionAndScaleIsRead(String value) {
        assertThat(rowWith(value).decimal("col", 12, 2)).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000000000.00", "99999999999", "0.005", "1.001"})
    void aNumericBeyondItsPrecisionOrScaleIsOutOfRange(String value) {
        assertRejected(row -> row.decimal("col", 12, 2), rowWith(value), "OUT_OF_RANGE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e30000000", "1e999999999", "-1e-999999999", "1E+2147483647", "1E-2147483647"})
    void aNumberWithAHugeExponentIsOutOfRangeAtOnce(String value) {
        RowImage row = rowWith(DecimalNode.valueOf(new BigDecimal(value)));
        long start = System.nanoTime();

        assertRejected(r -> r.decimal("col", 12, 2), row, "OUT_OF_RANGE");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e30000000", "1E5", "Infinity", "-Infinity", "NaN", "0x1F", "1_000", "１２３", ".5", "5.",
            "1.245,00", ""})
    void aNumericInAnotherFormThanPostgresPrintsIsABadValue(String value) {
        assertRejected(row -> row.decimal("col", 12, 2), rowWith(value), "BAD_VALUE");
    }

    @Test
    void aNumericTextLongerThanAnyNumberIsABadValueUnread() {
        assertRejected(row -> row.decimal("col", 12, 2), rowWith("0".repeat(41)), "BAD_VALUE");
    }

    @Test
    void anInfiniteDoubleIsABadValue() {
        assertRejected(row -> row.decimal("col", 12, 2), rowWith(DoubleNode.valueOf(Double.POSITIVE_INFINITY)),
                "BAD_VALUE");
    }

    @Test
    void textUpToItsLengthInCharactersIsRead() {
        assertThat(rowWith("São").text("col", 3)).isEqualTo("São");
        assertThat(rowWith("🏨🏨").text("col", 2)).isEqualTo("🏨🏨");
    }

    @Test
    void textLongerThanItsColumnIsOutOfRange() {
        assertRejected(row -> row.text("col", 5), rowWith("SPA012"), "OUT_OF_RANGE");
    }

    @Test
    void textThatNoPostgresColumnHoldsIsABadValue() {
        assertRejected(row -> row.text("col", 10), rowWith("a\u0000b"), "BAD_VALUE");
        assertRejected(row -> row.text("col", 10), rowWith("a\uD800b"), "BAD_VALUE");
        assertRejected(row -> row.text("col", 10), rowWith("\uDC00"), "BAD_VALUE");
        assertRejected(row -> row.text("col", 10), rowWith(LongNode.valueOf(12)), "BAD_VALUE");
    }

    @ParameterizedTest
    @CsvSource({"1900-01-01", "2199-12-31", "2025-02-28"})
    void aDateFrom1900To2199IsRead(LocalDate date) {
        assertThat(rowWith(date.toString()).date("col")).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2200-01-01", "+10000-01-01", "-0001-01-01"})
    void aDateOutside1900To2199IsOutOfRange(String value) {
        assertRejected(row -> row.requiredDate("col"), rowWith(value), "OUT_OF_RANGE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "2025-13-01", "10/05/2025", "２０２５-０１-０１"})
    void aDateInAnotherFormIsABadValue(String value) {
        assertRejected(row -> row.requiredDate("col"), rowWith(value), "BAD_VALUE");
    }

    @Test
    void aTimestampFrom1900To2199IsReadAsTheWallClock() {
        assertThat(rowWith("2199-12-31T23:59:59.999999Z").localDateTime("col"))
                .isEqualTo(LocalDateTime.of(2199, 12, 31, 23, 59, 59, 999_999_000));
        assertRejected(row -> row.localDateTime("col"), rowWith("1899-12-31T23:59:59.000000Z"), "OUT_OF_RANGE");
        assertRejected(row -> row.localDateTime("col"), rowWith("2200-01-01T00:00:00Z"), "OUT_OF_RANGE");
        assertRejected(row -> row.localDateTime("col"), rowWith("2025-03-15T25:00:00Z"), "BAD_VALUE");
    }

    @Test
    void aBooleanIsTrueOrFalseAndNothingElse() {
        assertThat(rowWith("true").bool("col", false)).isTrue();
        assertThat(rowWith("false").bool("col", true)).isFalse();
        assertRejected(row -> row.bool("col", false), rowWith("t"), "BAD_VALUE");
        assertRejected(row -> row.bool("col", false), rowWith(LongNode.valueOf(1)), "BAD_VALUE");
    }

    @Test
    void aRejectedValueIsQuotedShortAndOnOneLine() {
        assertThatThrownBy(() -> rowWith("x\n".repeat(10_000)).text("col", 10))
                .hasMessageNotContaining("\n").hasMessageContaining("…(20000 chars)");
    }

    @Test
    void aPersonalColumnIsNamedButItsValueNeverShown() {
        ObjectNode row = JsonNodeFactory.instance.objectNode().put("secret", "Beatriz Lobato Fontes de Oliveira Souza");
        RowImage image = new RowImage("crm.hospede", row, Set.of("secret"));

        assertThatThrownBy(() -> image.text("secret", 20)).isInstanceOfSatisfying(InvalidChangeRecordException.class,
                e -> assertThat(e.getMessage()).contains("crm.hospede.secret").doesNotContain("Beatriz"));
        assertThatThrownBy(() -> image.date("secret")).hasMessageContaining("crm.hospede.secret")
                .hasMessageNotContaining("Beatriz");
    }
}
