package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code yyyyMMddHH} whole numbers in a time-named column are timestamps to the hour, also when a few values are not
 * real hours: those are rejected and listed. Before, one hour 25 made every value fail the digit-date test, and the
 * ten-digit numbers, being in the Unix-seconds range, were read as seconds since 1970.
 */
class DigitHoursImportTest {

    @TempDir
    Path dir;

    @Test
    void aFewImpossibleHoursAreRejectedAndTheColumnStaysHourTimestamps() throws IOException {
        StringBuilder text = new StringBuilder("date_hour,clicks\n");
        for (int i = 0; i < 150; i++) {
            String hour = i == 100 ? "2024030525" : String.format(Locale.ROOT, "202403%02d%02d", 1 + i / 24, i % 24);
            text.append(hour).append(',').append(i % 7).append('\n');
        }
        Path file = Files.writeString(dir.resolve("hours.csv"), text.toString(), StandardCharsets.UTF_8);
        ImportPlan plan = ImportPlanner.plan(ImportSpec.builder().setFile(file).build());

        assertThat(plan.columns().get(0).type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(plan.columns().get(0).format()).isEqualTo("yyyyMMddHH");
        assertThat(plan.reasons().get(0).typeReason()).contains("yyyyMMddHH").contains("2024030525")
                .contains("rejected");

        RecordingDatasetSink sink = new RecordingDatasetSink();
        ImportResult result = new ImportJob(plan, sink, new InMemoryDatasetRepository())
                .run(ProgressListener.none(), new CancellationToken());
        assertThat(result.rows()).isEqualTo(149);
        assertThat(sink.onlyWriter().rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(102);
            assertThat(r.column()).isEqualTo("date_hour");
            assertThat(r.rawValue()).isEqualTo("2024030525");
        });
        // row i = 13 is 2024-03-01 13:00; row 30 is 2024-03-02 06:00
        assertThat(sink.onlyWriter().rows().get(13)[0]).isEqualTo(LocalDateTime.of(2024, 3, 1, 13, 0));
        assertThat(sink.onlyWriter().rows().get(30)[0]).isEqualTo(LocalDateTime.of(2024, 3, 2, 6, 0));
    }
}
