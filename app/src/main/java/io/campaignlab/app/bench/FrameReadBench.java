package io.campaignlab.app.bench;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameReader;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.persistence.frames.JdbcFrameReader;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a generated dataset of five columns (user, amount, clicked, channel, at) from a fresh temporary workspace
 * into a frame, with one worker and with the reader's default workers, and times each read.
 */
public final class FrameReadBench {

    static final String DATASET = "bench";
    public static final List<String> COLUMNS = List.of("user", "amount", "clicked", "channel", "at");

    /** One timed read. */
    public record Read(String reader, int round, long rows, double seconds) {

        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private FrameReadBench() {
    }

    /** Writes {@code rows} rows, then reads them {@code rounds} times with each reader, telling {@code each}. */
    public static List<Read> run(int rows, int rounds, Consumer<Read> each) throws IOException {
        try (ScratchFolder scratch = ScratchFolder.create("campaign-lab-bench-frames");
             WorkspaceServices services = WorkspaceServices.open(scratch.path().resolve("ws"))) {
            write(services, rows);
            FrameReader oneWorker = new JdbcFrameReader(services.workspace().dataSource(), services.datasets(), 1,
                    Integer.MAX_VALUE);
            List<Read> reads = new ArrayList<>();
            for (FrameReader reader : List.of(oneWorker, services.frames())) {
                String name = reader == oneWorker ? "one worker" : "default workers";
                for (int round = 1; round <= rounds; round++) {
                    long start = System.nanoTime();
                    Frame frame = reader.read(DATASET, COLUMNS, ProgressListener.none(), new CancellationToken());
                    Read read = new Read(name, round, frame.rows(), (System.nanoTime() - start) / 1e9);
                    reads.add(read);
                    each.accept(read);
                }
            }
            return reads;
        }
    }

    private static void write(WorkspaceServices services, int rows) {
        String[] categories = new String[10];
        for (int i = 0; i < categories.length; i++) {
            categories[i] = "category-" + i;
        }
        List<ColumnMeta> columns = List.of(ColumnMeta.of("user", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("amount", ColumnType.DECIMAL, ColumnRole.REVENUE),
                ColumnMeta.of("clicked", ColumnType.BOOLEAN, ColumnRole.LABEL),
                ColumnMeta.of("channel", ColumnType.CATEGORY, ColumnRole.FEATURE),
                ColumnMeta.of("at", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP));
        LocalDateTime newYear = LocalDateTime.of(2024, 1, 1, 0, 0);
        try (DatasetWriter writer = services.sink().begin(new DatasetDraft(DATASET, DatasetKind.TABLE, "generated",
                "0".repeat(64), columns))) {
            for (int i = 0; i < rows; i++) {
                writer.append(new Object[] {(long) (i % 50_000), i * 0.01, i % 7 == 0, categories[i % 10],
                        newYear.plusSeconds(i)});
            }
            writer.commit(0);
        }
    }
}
