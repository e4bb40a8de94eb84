package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.importing.csv.CsvDialect;
import io.campaignlab.engine.importing.csv.SampleRecord;
import io.campaignlab.engine.importing.csv.SniffResult;
import io.campaignlab.engine.importing.csv.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleCheckTest {

    /** A sniff of a two-column file, {@code id,day}, whose data records start on line 2. */
    private static SniffResult sniff(List<List<String>> rows) {
        SourceFile source = new SourceFile(Path.of("visits.csv"), 100, false, StandardCharsets.UTF_8, 0);
        CsvDialect dialect = new CsvDialect(',', '"', StandardCharsets.UTF_8, true, false);
        List<SampleRecord> sample = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            sample.add(new SampleRecord(i + 2, rows.get(i)));
        }
        return new SniffResult(source, dialect, List.of("id", "day"), sample);
    }

    /** 200 records with good days, except bad ones at the given indexes. */
    private static SniffResult daysWithBadAt(int... badIndexes) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(List.of(String.valueOf(i), String.format("2024-01-%02d", 1 + i % 28)));
        }
        for (int index : badIndexes) {
            rows.set(index, List.of(String.valueOf(index), "2024-13-01"));
        }
        return sniff(rows);
    }

    @Test
    void countsBadValuesAndRemembersTheFirst() {
        SampleCheck.Result result =
                SampleCheck.check(daysWithBadAt(15, 40, 90), 1, ColumnType.TIMESTAMP, "uuuu-MM-dd");

        assertThat(result.checked()).isEqualTo(200);
        assertThat(result.bad()).isEqualTo(3);
        assertThat(result.firstBadLine()).isEqualTo(17);
        assertThat(result.firstBadValue()).isEqualTo("2024-13-01");
        assertThat(result.clean()).isFalse();
        assertThat(result.mostlyBad()).isFalse();
    }

    @Test
    void explainsWhatTheTypeNeedsAndTheFirstBadValue() {
        SampleCheck.Result result =
                SampleCheck.check(daysWithBadAt(15, 40, 90), 1, ColumnType.TIMESTAMP, "uuuu-MM-dd");

        assertThat(result.explanation(null)).isEqualTo("a timestamp column must parse as a time; 3 of 200 sample"
                + " values don't parse: line 17 '2024-13-01' is not a time in the format yyyy-MM-dd");
        assertThat(result.explanation("day")).startsWith("'day', a timestamp column, must parse as a time; 3 of 200");
    }

    @Test
    void aCleanColumnSaysSo() {
        SampleCheck.Result result = SampleCheck.check(daysWithBadAt(), 0, ColumnType.INTEGER, null);

        assertThat(result.clean()).isTrue();
        assertThat(result.firstBadLine()).isEqualTo(-1);
        assertThat(result.firstBadValue()).isNull();
        assertThat(result.explanation(null)).isEqualTo("an integer column must parse as whole numbers; all 200 sample"
                + " values do");
    }

    @Test
    void mostlyBadWhenMoreThanHalfFail() {
        SniffResult sniff = sniff(List.of(List.of("1", "x"), List.of("2", "y"), List.of("3", "4")));

        SampleCheck.Result result = SampleCheck.check(sniff, 1, ColumnType.DECIMAL, null);

        assertThat(result.bad()).isEqualTo(2);
        assertThat(result.mostlyBad()).isTrue();
        assertThat(result.explanation(null)).isEqualTo("a decimal column must parse as numbers; 2 of 3 sample values"
                + " don't parse: line 2 'x' is not a number");
    }

    @Test
    void emptyValuesAndShortRecordsAreNotChecked() {
        SniffResult sniff = sniff(List.of(List.of("1", ""), List.of("2"), List.of("3", "  "), List.of("4", "yes")));

        SampleCheck.Result result = SampleCheck.check(sniff, 1, ColumnType.BOOLEAN, null);

        assertThat(result.checked()).isEqualTo(1);
        assertThat(result.clean()).isTrue();
    }

    @Test
    void theFormatMattersOnlyForTimestamps() {
        SniffResult sniff = sniff(List.of(List.of("1", "2024-01-02"), List.of("2", "2024-01-03")));

        assertThat(SampleCheck.check(sniff, 0, ColumnType.INTEGER, "{{nonsense").format()).isNull();
        assertThat(SampleCheck.check(sniff, 1, ColumnType.TIMESTAMP, null).bad()).isEqualTo(2);
        assertThatThrownBy(() -> SampleCheck.check(sniff, 1, ColumnType.TIMESTAMP, "{{nonsense"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown timestamp format");
    }
}
