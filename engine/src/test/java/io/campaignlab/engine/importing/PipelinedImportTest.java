package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The import's fast path: parsing on the job's thread and storing on another ({@link PipelinedWriter}) still loads
 * every good row in file order, rejects and lists every bad one with its line, and leaves nothing behind when the
 * storing side fails.
 */
class PipelinedImportTest {

    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    /** Data lines (1-based file lines, the header is line 1) whose value is bad, spread over several chunks. */
    private static final List<Long> BAD_LINES = List.of(7L, 4_100L, 8_193L, 12_001L, 20_001L);

    private Path file() throws IOException {
        StringBuilder text = new StringBuilder("user_id,amount,ts\n");
        for (int i = 0; i < ROWS; i++) {
            long line = i + 2;
            String amount = BAD_LINES.contains(line) ? "abc" : String.format(Locale.ROOT, "%d.%02d", i % 90, i % 100);
            text.append(i).append(',').append(amount).append(",2024-03-01T10:").append(String.format(Locale.ROOT,
                    "%02d:%02d", i / 60 % 60, i % 60)).append('\n');
        }
        Path file = dir.resolve("events.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static ImportPlan plan(Path file) {
        return ImportPlanner.plan(ImportSpec.builder().setFile(file).optType("amount", "decimal").build());
    }

    @Test
    void badRowsAreRejectedWithTheirLinesAndGoodRowsLoadInFileOrder() throws IOException {
        RecordingDatasetSink sink = new RecordingDatasetSink();
        ImportResult result = new ImportJob(plan(file()), sink, new InMemoryDatasetRepository())
                .run(ProgressListener.none(), new CancellationToken());

        RecordingDatasetSink.RecordingWriter writer = sink.onlyWriter();
        assertThat(writer.committed()).isTrue();
        assertThat(result.rows()).isEqualTo(ROWS - BAD_LINES.size());
        assertThat(result.rejected()).isEqualTo(BAD_LINES.size());
        assertThat(writer.committedRejectedRows()).isEqualTo(BAD_LINES.size());
        assertThat(writer.rejections()).extracting(Rejection::line).containsExactlyElementsOf(BAD_LINES);
        assertThat(writer.rejections()).allSatisfy(r -> {
            assertThat(r.column()).isEqualTo("amount");
            assertThat(r.rawValue()).isEqualTo("abc");
            assertThat(r.reason()).contains("decimal");
        });
        List<Long> ids = new ArrayList<>();
        writer.rows().forEach(row -> ids.add((Long) row[0]));
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < ROWS; i++) {
            if (!BAD_LINES.contains(i + 2)) {
                expected.add(i);
            }
        }
        assertThat(ids).containsExactlyElementsOf(expected);
    }

    @Test
    void aFailureWhileStoringAbortsTheWholeImport() throws IOException {
        FailingSink sink = new FailingSink(10_000);
        ImportJob job = new ImportJob(plan(file()), sink, new InMemoryDatasetRepository());

        assertThatThrownBy(() -> job.run(ProgressListener.none(), new CancellationToken()))
                .hasMessageContaining("disk full at row 10000");
        assertThat(sink.writer.committed()).isFalse();
        assertThat(sink.writer.aborted()).isTrue();
        assertThat(sink.writer.rows()).isEmpty();
    }

    @Test
    void aCancelStopsTheStoringThreadAndAborts() throws IOException {
        RecordingDatasetSink sink = new RecordingDatasetSink();
        CancellationToken cancel = new CancellationToken();
        ProgressListener cancelling = new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                cancel.cancel();
            }

            @Override
            public void message(String text) {
            }
        };
        ImportJob job = new ImportJob(plan(file()), sink, new InMemoryDatasetRepository());

        assertThatThrownBy(() -> job.run(cancelling, cancel)).isNotNull();
        assertThat(sink.onlyWriter().committed()).isFalse();
        assertThat(sink.onlyWriter().aborted()).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("import-store"));
    }

    /** A sink whose writer fails at one row, as a full disk would. */
    private static final class FailingSink implements DatasetSink {
        private final long failAt;
        private RecordingDatasetSink.RecordingWriter writer;

        FailingSink(long failAt) {
            this.failAt = failAt;
        }

        @Override
        public DatasetWriter begin(DatasetDraft draft) {
            writer = new RecordingDatasetSink.RecordingWriter(draft);
            return new DatasetWriter() {
                private long rows;

                @Override
                public void append(Object[] row) {
                    if (++rows == failAt) {
                        throw new IllegalStateException("disk full at row " + rows);
                    }
                    writer.append(row);
                }

                @Override
                public void reject(Rejection rejection) {
                    writer.reject(rejection);
                }

                @Override
                public DatasetInfo commit(long rejectedRows) {
                    return writer.commit(rejectedRows);
                }

                @Override
                public void abort() {
                    writer.abort();
                }

                @Override
                public void close() {
                    writer.close();
                }
            };
        }
    }
}
