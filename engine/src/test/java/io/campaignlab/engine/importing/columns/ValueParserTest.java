package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueParserTest {

    @Test
    void parsesPlainAndSignedIntegers() throws Exception {
        assertThat(ValueParser.parseInteger("42")).isEqualTo(42L);
        assertThat(ValueParser.parseInteger("-3")).isEqualTo(-3L);
        assertThat(ValueParser.parseInteger("+7")).isEqualTo(7L);
        assertThat(ValueParser.parseInteger(" 12 ")).isEqualTo(12L);
        assertThat(ValueParser.parseInteger("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void parsesIntegralFloatsAsIntegers() throws Exception {
        assertThat(ValueParser.parseInteger("1382.0")).isEqualTo(1382L);
        assertThat(ValueParser.parseInteger("-4.00")).isEqualTo(-4L);
        assertThat(ValueParser.parseInteger("1e3")).isEqualTo(1000L);
    }

    @Test
    void rejectsFractionalValueAsIntegerWithReason() {
        assertThatThrownBy(() -> ValueParser.parseInteger("2.5"))
                .isInstanceOf(BadValueException.class)
                .hasMessageContaining("integer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "NaN", "Infinity", "0x10", "1d", "--1", "1,000"})
    void rejectsNonNumbersAsIntegers(String raw) {
        assertThatThrownBy(() -> ValueParser.parseInteger(raw))
                .isInstanceOf(BadValueException.class)
                .hasMessageContaining("integer");
    }

    @Test
    void parsesDecimals() throws Exception {
        assertThat(ValueParser.parseDecimal("2.5")).isEqualTo(2.5);
        assertThat(ValueParser.parseDecimal("-.5")).isEqualTo(-0.5);
        assertThat(ValueParser.parseDecimal("3.")).isEqualTo(3.0);
        assertThat(ValueParser.parseDecimal("1e5")).isEqualTo(100_000.0);
        assertThat(ValueParser.parseDecimal("1.5E-3")).isEqualTo(0.0015);
        assertThat(ValueParser.parseDecimal(" 7 ")).isEqualTo(7.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "0x10", "1d", "1f", "two", "1.2.3"})
    void rejectsNonDecimals(String raw) {
        assertThatThrownBy(() -> ValueParser.parseDecimal(raw))
                .isInstanceOf(BadValueException.class)
                .hasMessageContaining("not a number");
    }

    @Test
    void rejectsDecimalsThatOverflowToInfinity() {
        assertThatThrownBy(() -> ValueParser.parseDecimal("1e400")).isInstanceOf(BadValueException.class);
        assertThatThrownBy(() -> ValueParser.parseDecimal("-1e400")).isInstanceOf(BadValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "0x10", "1d", "1e", "1e+", "--1", "+-1", "", ".", "-",
            "e5", "1.2.3", "1 2", "1_000"})
    void looksNumericRejectsNonPlainNumbers(String value) {
        assertThat(ValueParser.looksNumeric(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "+7", "1e5", "1E-5", "2.5e+3", "-.5", "3.", ".25", "1382.0"})
    void looksNumericAcceptsPlainNumbers(String value) {
        assertThat(ValueParser.looksNumeric(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "True", "yes", "YES", "t", "T", "y", "Y", " yes "})
    void parsesTrueTokens(String raw) throws Exception {
        assertThat(ValueParser.parseBoolean(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "False", "no", "No", "f", "F", "n", "N"})
    void parsesFalseTokens(String raw) throws Exception {
        assertThat(ValueParser.parseBoolean(raw)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "maybe", "ja", "on", "off"})
    void rejectsNonBooleanTokens(String raw) {
        assertThatThrownBy(() -> ValueParser.parseBoolean(raw))
                .isInstanceOf(BadValueException.class)
                .hasMessageContaining("boolean");
    }

    @Test
    void keepsTextUpToTheLimit() throws Exception {
        String atLimit = "x".repeat(ValueParser.MAX_TEXT_LENGTH);
        assertThat(ValueParser.parseText(atLimit)).isSameAs(atLimit);
        assertThat(ValueParser.parseText("  padded  ")).isEqualTo("  padded  ");
    }

    @Test
    void rejectsTextOverOneMillionChars() {
        String tooLong = "x".repeat(1_000_001);
        assertThatThrownBy(() -> ValueParser.parseText(tooLong))
                .isInstanceOf(BadValueException.class)
                .hasMessageContaining("1000001")
                .hasMessageContaining("1000000");
    }

    @Test
    void treatsEmptyAndBlankAsNull() {
        assertThat(ValueParser.isNull("")).isTrue();
        assertThat(ValueParser.isNull("  ")).isTrue();
        assertThat(ValueParser.isNull("\t")).isTrue();
        assertThat(ValueParser.isNull(" x ")).isFalse();
        assertThat(ValueParser.isNull("0")).isFalse();
    }

    @Test
    void forColumnPicksTheParserOfTheColumnType() throws Exception {
        assertThat(ValueParser.forColumn(ColumnMeta.of("n", ColumnType.INTEGER, ColumnRole.FEATURE)).parse("5"))
                .isEqualTo(5L);
        assertThat(ValueParser.forColumn(ColumnMeta.of("d", ColumnType.DECIMAL, ColumnRole.FEATURE)).parse("5"))
                .isEqualTo(5.0);
        assertThat(ValueParser.forColumn(ColumnMeta.of("b", ColumnType.BOOLEAN, ColumnRole.FEATURE)).parse("y"))
                .isEqualTo(Boolean.TRUE);
        assertThat(ValueParser.forColumn(ColumnMeta.of("c", ColumnType.CATEGORY, ColumnRole.FEATURE)).parse("5"))
                .isEqualTo("5");
        assertThat(ValueParser.forColumn(ColumnMeta.of("t", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP))
                .parse("2024-03-01T12:00:00")).isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 0));
    }

    @Test
    void forColumnRejectsAnUnknownTimestampFormat() {
        ColumnMeta column = new ColumnMeta("t", "When", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP, "no-such-format",
                false);
        assertThatThrownBy(() -> ValueParser.forColumn(column))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-format");
    }
}
