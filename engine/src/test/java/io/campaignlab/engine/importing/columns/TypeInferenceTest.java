package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TypeInferenceTest {

    private static List<String> repeat(int count, java.util.function.IntFunction<String> value) {
        return IntStream.range(0, count).mapToObj(value).toList();
    }

    @Test
    void allIntegersAreInteger() {
        InferredType type = TypeInference.infer("quantity", List.of("1", "-2", "+30", "400", "0"));
        assertThat(type.type()).isEqualTo(ColumnType.INTEGER);
        assertThat(type.format()).isNull();
    }

    @Test
    void integersWrittenAsFloatsInALargeSampleAreInteger() {
        List<String> values = repeat(50, i -> i + ".0");
        assertThat(TypeInference.infer("count", values).type()).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void integersWrittenAsFloatsInASmallSampleAreDecimal() {
        List<String> values = repeat(49, i -> i + ".0");
        assertThat(TypeInference.infer("count", values).type()).isEqualTo(ColumnType.DECIMAL);
    }

    @Test
    void oneFractionalValueMakesDecimal() {
        List<String> values = new ArrayList<>(repeat(100, i -> Integer.toString(i)));
        values.add("2.5");
        assertThat(TypeInference.infer("score", values).type()).isEqualTo(ColumnType.DECIMAL);
    }

    @Test
    void yesNoTokensAreBoolean() {
        assertThat(TypeInference.infer("churned", List.of("yes", "no", "Yes", "NO")).type())
                .isEqualTo(ColumnType.BOOLEAN);
        assertThat(TypeInference.infer("flag", List.of("true", "FALSE", "t", "f")).type())
                .isEqualTo(ColumnType.BOOLEAN);
    }

    @Test
    void zeroOneIsIntegerNotBoolean() {
        assertThat(TypeInference.infer("clicked", List.of("0", "1", "1", "0")).type()).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void isoTimestampsAreTimestampInIsoFormat() {
        InferredType type = TypeInference.infer("created",
                List.of("2024-03-01T12:00:00", "2024-03-02T08:15:30.5", "2024-03-03T00:00:00Z"));
        assertThat(type.type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(type.format()).isEqualTo("iso");
    }

    @Test
    void usStyleTimesAreTimestamp() {
        InferredType type = TypeInference.infer("InvoiceDate", List.of("12/1/2010 8:26", "12/1/2010 8:28",
                "1/13/2011 14:05"));
        assertThat(type.type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(type.format()).isEqualTo("M/d/uuuu H:mm[:ss]");
    }

    @Test
    void spaceSeparatedTimesAreTimestamp() {
        InferredType type = TypeInference.infer("InvoiceDate", List.of("2010-12-01 08:26:00", "2010-12-01 09:01:00"));
        assertThat(type.type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(type.format()).isEqualTo("uuuu-MM-dd HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]");
    }

    @Test
    void datesAreTimestampAtDatePattern() {
        InferredType type = TypeInference.infer("day", List.of("2024-02-29", "2024-03-01"));
        assertThat(type.type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(type.format()).isEqualTo("uuuu-MM-dd");
    }

    @Test
    void epochSecondsUnderATimeLikeNameAreUnixSeconds() {
        List<String> values = List.of("1396437466.94", "1396437470.12", "1396440000.5", "1396500000.25");
        InferredType type = TypeInference.infer("Time", values);
        assertThat(type.type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(type.format()).isEqualTo("unix_s");
    }

    @Test
    void epochMillisUnderATimeLikeNameAreUnixMillis() {
        InferredType type = TypeInference.infer("event_ts", List.of("1396437466940", "1396437470120"));
        assertThat(type.type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(type.format()).isEqualTo("unix_ms");
    }

    @Test
    void epochLikeNumbersUnderAnOrdinaryNameAreDecimal() {
        List<String> values = List.of("1396437466.94", "1396437470.12", "1396440000.5", "1396500000.25");
        InferredType type = TypeInference.infer("amount", values);
        assertThat(type.type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(type.format()).isNull();
    }

    @Test
    void fewDistinctStringsAreCategory() {
        List<String> values = repeat(300, i -> List.of("red", "green", "blue").get(i % 3));
        assertThat(TypeInference.infer("colour", values).type()).isEqualTo(ColumnType.CATEGORY);
    }

    @Test
    void longUniqueStringsAreText() {
        Random random = new Random(7);
        List<String> values = repeat(200, i -> "review number " + i + " " + randomWords(random, 15));
        assertThat(TypeInference.infer("comment", values).type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void emptySampleIsText() {
        assertThat(TypeInference.infer("anything", List.of()).type()).isEqualTo(ColumnType.TEXT);
        assertThat(TypeInference.infer("anything", List.of("", "  ")).type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void nullsAreIgnored() {
        assertThat(TypeInference.infer("n", List.of("1", "", "2", "  ", "3")).type()).isEqualTo(ColumnType.INTEGER);
        assertThat(TypeInference.infer("b", List.of("", "yes", " ", "no")).type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(TypeInference.infer("t", List.of("2024-03-01T12:00:00", "")).type())
                .isEqualTo(ColumnType.TIMESTAMP);
    }

    @Test
    void valuesAreTrimmedBeforeInference() {
        assertThat(TypeInference.infer("n", List.of(" 1", "2 ", " 3 ")).type()).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void mixedNumbersAndWordsAreNotNumeric() {
        List<String> values = new ArrayList<>(repeat(100, i -> Integer.toString(i % 5)));
        values.addAll(repeat(5, i -> "n/a"));
        Collections.shuffle(values, new Random(3));
        assertThat(TypeInference.infer("n", values).type()).isEqualTo(ColumnType.CATEGORY);
    }

    @Test
    void aFewWordsAmongNumbersAreLeftForRejectionNotMadeACategory() {
        List<String> values = new ArrayList<>(repeat(100, i -> Integer.toString(i % 5)));
        values.add("n/a");
        Collections.shuffle(values, new Random(3));
        InferredType type = TypeInference.infer("n", values);
        assertThat(type.type()).isEqualTo(ColumnType.INTEGER);
        assertThat(type.evidence()).contains("100 of 101").contains("'n/a'").contains("rejected");
    }

    @Test
    void fewBadMeansAtMostOnePercentAndAtLeastThreeGoodValues() {
        assertThat(TypeInference.fewBad(1, 4)).isTrue();
        assertThat(TypeInference.fewBad(1, 3)).isFalse();
        assertThat(TypeInference.fewBad(2, 199)).isFalse();
        assertThat(TypeInference.fewBad(2, 200)).isTrue();
        assertThat(TypeInference.fewBad(100, 10_000)).isTrue();
        assertThat(TypeInference.fewBad(101, 10_000)).isFalse();
        assertThat(TypeInference.fewBad(0, 10)).isFalse();
    }

    @Test
    void outOfRangeOffsetValueDoesNotCrashInference() {
        InferredType type = TypeInference.infer("when", List.of("2024-03-01T12:00:00", "+999999999-12-31T23:59:59-01:00"));
        assertThat(type.type()).isEqualTo(ColumnType.CATEGORY);
    }

    private static String randomWords(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < count; w++) {
            int length = 3 + random.nextInt(6);
            for (int c = 0; c < length; c++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            sb.append(' ');
        }
        return sb.toString().trim();
    }
}
