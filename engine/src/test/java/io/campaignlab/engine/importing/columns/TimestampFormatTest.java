package io.campaignlab.engine.importing.columns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimestampFormatTest {

    private static final String ISO_LIKE_SPACE = "uuuu-MM-dd HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]";

    private static TimestampFormat format(String id) {
        return TimestampFormat.byId(id).orElseThrow(() -> new AssertionError("no format " + id));
    }

    @Test
    void isoWithTSeparator() throws Exception {
        assertThat(format("iso").parse("2024-03-01T12:00:00")).isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 0, 0));
        assertThat(format("iso").parse("2024-03-01T12:34")).isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 34));
    }

    @Test
    void isoWithFraction() throws Exception {
        assertThat(format("iso").parse("2024-03-01T12:00:00.123"))
                .isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 0, 0, 123_000_000));
        assertThat(format("iso").parse("2024-03-01T12:00:00.000000007"))
                .isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 0, 0, 7));
    }

    @Test
    void isoWithZIsUtc() throws Exception {
        assertThat(format("iso").parse("2024-03-01T12:00:00Z")).isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 0));
    }

    @Test
    void isoWithOffsetIsConvertedToUtc() throws Exception {
        assertThat(format("iso").parse("2024-03-01T12:00:00+02:00")).isEqualTo(LocalDateTime.of(2024, 3, 1, 10, 0));
        assertThat(format("iso").parse("2024-03-01T01:30:00.5-05:00"))
                .isEqualTo(LocalDateTime.of(2024, 3, 1, 6, 30, 0, 500_000_000));
    }

    @Test
    void isoOffsetCanMoveTheDate() throws Exception {
        assertThat(format("iso").parse("2024-01-01T01:00:00+02:00")).isEqualTo(LocalDateTime.of(2023, 12, 31, 23, 0));
    }

    @Test
    void isoRejectsGarbage() {
        assertThatThrownBy(() -> format("iso").parse("yesterday"))
                .isInstanceOf(BadValueException.class)
                .hasMessageContaining("yesterday");
        assertThatThrownBy(() -> format("iso").parse("2024-03-01 12:00:00")).isInstanceOf(BadValueException.class);
    }

    @Test
    void isoOffsetOutOfRangeIsABadValue() {
        assertThatThrownBy(() -> format("iso").parse("+999999999-12-31T23:59:59-01:00"))
                .isInstanceOf(BadValueException.class);
    }

    @Test
    void spaceSeparatedDateTime() throws Exception {
        assertThat(format(ISO_LIKE_SPACE).parse("2010-12-01 08:26:00")).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
        assertThat(format(ISO_LIKE_SPACE).parse("2010-12-01 08:26")).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
        assertThat(format(ISO_LIKE_SPACE).parse("2010-12-01 08:26:05.123456"))
                .isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26, 5, 123_456_000));
    }

    @Test
    void usStyleMonthDayYear() throws Exception {
        TimestampFormat us = format("M/d/uuuu H:mm[:ss]");
        assertThat(us.parse("12/1/2010 8:26")).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
        assertThat(us.parse("1/31/2011 17:05:09")).isEqualTo(LocalDateTime.of(2011, 1, 31, 17, 5, 9));
    }

    @Test
    void usStyleRejectsDayMonthOrder() {
        assertThatThrownBy(() -> format("M/d/uuuu H:mm[:ss]").parse("31/1/2011 17:05"))
                .isInstanceOf(BadValueException.class);
    }

    @Test
    void dateOnlyIsMidnight() throws Exception {
        assertThat(format("uuuu-MM-dd").parse("2024-02-29")).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-04-31", "2024-00-10"})
    void rejectsInvalidCalendarDates(String value) {
        assertThatThrownBy(() -> format("uuuu-MM-dd").parse(value))
                .isInstanceOf(BadValueException.class)
                .hasMessageContaining(value);
    }

    @Test
    void rejectsInvalidDateInDateTimeFormats() {
        assertThatThrownBy(() -> format("iso").parse("2023-02-29T10:00:00")).isInstanceOf(BadValueException.class);
        assertThatThrownBy(() -> format(ISO_LIKE_SPACE).parse("2023-02-29 10:00")).isInstanceOf(BadValueException.class);
        assertThatThrownBy(() -> format("M/d/uuuu H:mm[:ss]").parse("2/30/2024 10:00"))
                .isInstanceOf(BadValueException.class);
    }

    @Test
    void unixSecondsWithFraction() throws Exception {
        LocalDateTime expected = LocalDateTime.ofInstant(Instant.ofEpochSecond(1_396_437_466L, 940_000_000L),
                ZoneOffset.UTC);
        assertThat(TimestampFormat.unixSeconds().parse("1396437466.94")).isEqualTo(expected);
        assertThat(expected).isEqualTo(LocalDateTime.of(2014, 4, 2, 11, 17, 46, 940_000_000));
    }

    @Test
    void unixSecondsNegativeFractionRoundsTowardsThePast() throws Exception {
        LocalDateTime expected = LocalDateTime.ofInstant(Instant.ofEpochMilli(-1500), ZoneOffset.UTC);
        assertThat(TimestampFormat.unixSeconds().parse("-1.5")).isEqualTo(expected);
    }

    @Test
    void unixMillis() throws Exception {
        LocalDateTime expected = LocalDateTime.ofInstant(Instant.ofEpochMilli(1_396_437_466_940L), ZoneOffset.UTC);
        assertThat(TimestampFormat.unixMillis().parse("1396437466940")).isEqualTo(expected);
    }

    @Test
    void anyValidPatternIsAFormat() throws BadValueException {
        assertThat(TimestampFormat.byId("dd.MM.uuuu").orElseThrow().parse("29.02.2024"))
                .isEqualTo(java.time.LocalDateTime.of(2024, 2, 29, 0, 0));
        assertThat(TimestampFormat.byId("uuuuMMdd HHmm").orElseThrow().parse("20240301 1730"))
                .isEqualTo(java.time.LocalDateTime.of(2024, 3, 1, 17, 30));
    }

    @Test
    void patternsWrittenWithYyyyWorkAsPeopleMeanThem() throws BadValueException {
        assertThat(TimestampFormat.byId("yyyy-MM-dd").orElseThrow().parse("2024-02-29"))
                .isEqualTo(java.time.LocalDateTime.of(2024, 2, 29, 0, 0));
        assertThat(TimestampFormat.byId("dd/MM/yyyy HH:mm").orElseThrow().parse("01/03/2024 17:30"))
                .isEqualTo(java.time.LocalDateTime.of(2024, 3, 1, 17, 30));
        assertThat(TimestampFormat.byId("yyyy-MM-dd").orElseThrow().id()).isEqualTo("yyyy-MM-dd");
    }

    @Test
    void unixFormatsAreFoundById() {
        assertThat(TimestampFormat.byId("unix_s")).get().extracting(TimestampFormat::isUnix).isEqualTo(true);
        assertThat(TimestampFormat.byId("unix_ms")).get().extracting(TimestampFormat::isUnix).isEqualTo(true);
        assertThat(TimestampFormat.byId("iso")).get().extracting(TimestampFormat::isUnix).isEqualTo(false);
        assertThat(TimestampFormat.byId("{{nonsense")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e12", "-1e12", "253402300800", "99999999999999999999"})
    void rejectsUnixSecondsOutOfRange(String value) {
        assertThatThrownBy(() -> TimestampFormat.unixSeconds().parse(value))
                .isInstanceOf(BadValueException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void rejectsUnixMillisOutOfRange() {
        assertThatThrownBy(() -> TimestampFormat.unixMillis().parse("1e16"))
                .isInstanceOf(BadValueException.class)
                .hasMessageContaining("out of range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "NaN", "2024-03-01", "0x10"})
    void rejectsNonNumericUnixTimes(String value) {
        assertThatThrownBy(() -> TimestampFormat.unixSeconds().parse(value)).isInstanceOf(BadValueException.class);
    }

    @Test
    void fastPathAgreesWithJavaTimeOnRandomValidTimestamps() {
        Random random = new Random(20240301L);
        for (int i = 0; i < 400; i++) {
            LocalDateTime expected = LocalDateTime.of(1900 + random.nextInt(250), 1 + random.nextInt(12), 1, 0, 0)
                    .plusDays(random.nextInt(28)).withHour(random.nextInt(24)).withMinute(random.nextInt(60));
            String text;
            int style = random.nextInt(3);
            if (style == 0) {
                text = String.format("%04d-%02d-%02dT%02d:%02d", expected.getYear(), expected.getMonthValue(),
                        expected.getDayOfMonth(), expected.getHour(), expected.getMinute());
            } else {
                expected = expected.withSecond(random.nextInt(60));
                text = String.format("%04d-%02d-%02dT%02d:%02d:%02d", expected.getYear(), expected.getMonthValue(),
                        expected.getDayOfMonth(), expected.getHour(), expected.getMinute(), expected.getSecond());
                if (style == 2) {
                    int digits = 1 + random.nextInt(9);
                    StringBuilder fraction = new StringBuilder();
                    for (int d = 0; d < digits; d++) {
                        fraction.append((char) ('0' + random.nextInt(10)));
                    }
                    text = text + "." + fraction;
                }
            }
            LocalDateTime byJavaTime = LocalDateTime.parse(text);
            assertThat(byJavaTime.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).isEqualTo(expected);
            assertThat(IsoTimestamps.parseOrNull(text, 'T')).as(text).isEqualTo(byJavaTime);
            String spaced = text.replace('T', ' ');
            assertThat(IsoTimestamps.parseOrNull(spaced, ' ')).as(spaced).isEqualTo(byJavaTime);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-1-01 10:00", "2024-01-01T10:00:0", "2024-01-01X10:00", "2024-01-01T10:00:00.",
            "2024-01-01T10:00:00.1234567891", "2024-01-01T1a:00", "2024-02-30T10:00", "2024-01-01T24:00",
            "2024-01-01T10:00:00Z", "2024-01-01T10:00+02:00", "2024-01-01T10:00:00.12x", "2024-01-01T10-00"})
    void fastPathDeclinesMalformedOrOffsetValues(String value) {
        assertThat(IsoTimestamps.parseOrNull(value, 'T')).isNull();
        assertThat(IsoTimestamps.parseOrNull(value.replace('T', ' '), ' ')).isNull();
    }

    @Test
    void fastPathRespectsTheRequestedSeparator() {
        assertThat(IsoTimestamps.parseOrNull("2024-01-01 10:00", 'T')).isNull();
        assertThat(IsoTimestamps.parseOrNull("2024-01-01T10:00", ' ')).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-1-01 10:00", "2024-01-01T10:00:0", "2024-01-01X10:00"})
    void malformedIsoValuesAreRejectedByTheFormat(String value) {
        assertThatThrownBy(() -> format("iso").parse(value)).isInstanceOf(BadValueException.class);
    }
}
