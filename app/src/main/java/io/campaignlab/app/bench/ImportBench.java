package io.campaignlab.app.bench;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.importing.ImportJob;
import io.campaignlab.engine.importing.ImportPlan;
import io.campaignlab.engine.importing.ImportPlanner;
import io.campaignlab.engine.importing.ImportResult;
import io.campaignlab.engine.importing.ImportSpec;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import picocli.CommandLine.Command;


import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import java.util.stream.Stream;

/**
 * {@code campaign-lab bench import}: imports a generated 6-column events CSV into a fresh temporary workspace and
 * prints rows/s (median of the repeats) and peak heap, at several sizes so that a flat heap shows.
 */
@Command(name = "import", description = "Import a generated N-row, 6-column events CSV; print rows/s and peak heap.")
public final class ImportBench extends CliCommand {

    @Option(names = "--rows", description = "Rows of the largest file (default: ${DEFAULT-VALUE}).", defaultValue = "1000000")
    long rows;

    @Option(names = "--repeat", description = "Runs per size; the median is reported (default: ${DEFAULT-VALUE}).", defaultValue = "3")
    int repeat;

    @Override
    public Integer call() throws IOException {
        Output output = new Output(spec.commandLine().getOut());
        Path dir = Files.createTempDirectory("campaign-lab-bench");
        try {
            List<Long> sizes = List.of(Math.max(1, rows / 4), Math.max(1, rows / 2), rows);
            List<SizeFigures> results = new ArrayList<>();
            if (!options.json()) {
                output.line("Import bench: 6-column events CSV, %d runs per size, heap limit %s",
                        repeat, Output.bytes(Runtime.getRuntime().maxMemory()));
                output.line("%12s %12s %14s %14s %14s", "ROWS", "FILE", "MEDIAN ROWS/S", "BEST ROWS/S", "PEAK HEAP*");
            }
            for (long size : sizes) {
                Path csv = EventsCsvGenerator.write(dir.resolve("events-" + size + ".csv"), size, 7);
                double[] rates = new double[repeat];
                long peak = 0;
                for (int r = 0; r < repeat; r++) {
                    Path ws = dir.resolve("ws-" + size + "-" + r);
                    System.gc();
                    resetPeaks();
                    try (WorkspaceServices services = WorkspaceServices.open(ws)) {
                        ImportPlan plan = ImportPlanner.plan(ImportSpec.builder().setFile(csv).setName("events").build());
                        ImportResult result = new ImportJob(plan, services.sink(), services.datasets())
                                .run(ProgressListener.none(), new CancellationToken());
                        rates[r] = result.rows() / result.seconds();
                    }
                    peak = Math.max(peak, peakHeap());
                    deleteTree(ws);
                }
                double[] sorted = rates.clone();
                Arrays.sort(sorted);
                double median = sorted[sorted.length / 2];
                results.add(new SizeFigures(size, Files.size(csv), Math.round(median),
                        Math.round(sorted[sorted.length - 1]), peak));
                if (!options.json()) {
                    output.line("%12s %12s %14s %14s %14s", Output.count(size), Output.bytes(Files.size(csv)),
                            Output.count(Math.round(median)), Output.count(Math.round(sorted[sorted.length - 1])),
                            Output.bytes(peak));
                }
                Files.delete(csv);
            }
            if (!options.json()) {
                output.line("* the sum of the heap pools' peaks, an upper bound on the heap in use; run with"
                        + " JAVA_OPTS=-Xmx256m to see the import fit a small fixed heap at every size.");
            }
            double storeOnly = storeOnlyRowsPerSecond(dir, rows);
            if (options.json()) {
                output.json(new ImportFigures(Runtime.getRuntime().maxMemory(),
                        Runtime.getRuntime().availableProcessors(), results, Math.round(storeOnly)));
            } else {
                output.line("Baseline, same process: writing %s pre-built rows straight into the workspace (no CSV"
                        + " parsing) runs at %s rows/s.", Output.count(rows), Output.count(Math.round(storeOnly)));
            }
            return 0;
        } finally {
            deleteTree(dir);
        }
    }

    /** The storage ceiling: the same six columns appended as ready-made values to a dataset writer. */
    private static double storeOnlyRowsPerSecond(Path dir, long rows) throws IOException {
        Path ws = dir.resolve("ws-store-only");
        List<ColumnMeta> columns = List.of(ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("item_id", ColumnType.INTEGER, ColumnRole.ITEM_ID),
                ColumnMeta.of("session_id", ColumnType.INTEGER, ColumnRole.SESSION_ID),
                ColumnMeta.of("event_type", ColumnType.CATEGORY, ColumnRole.EVENT_TYPE),
                ColumnMeta.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.of("price", ColumnType.DECIMAL, ColumnRole.PRICE));
        String[] events = {"view", "click", "cart", "purchase"};
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
        SplittableRandom random = new SplittableRandom(7);
        long started;
        try (WorkspaceServices services = WorkspaceServices.open(ws);
             DatasetWriter writer = services.sink().begin(new DatasetDraft("events", DatasetKind.EVENTS, "bench",
                     "0".repeat(64), columns))) {
            started = System.nanoTime();
            for (long i = 0; i < rows; i++) {
                writer.append(new Object[] {(long) random.nextInt(100_000), (long) random.nextInt(20_000), i / 6,
                        events[random.nextInt(4)], start.plusSeconds(i), 1 + random.nextInt(19_900) / 100.0});
            }
            writer.commit(0);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        deleteTree(ws);
        return rows / seconds;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peak usage since the last reset: an upper bound on the peak heap in use. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** {@code bench import --json}: the machine, each size's figures, and the storage-only baseline. */
    record ImportFigures(long maxHeapBytes, int cores, List<SizeFigures> sizes, long storeOnlyRowsPerSecond) {
    }

    record SizeFigures(long rows, long fileBytes, long medianRowsPerSecond, long bestRowsPerSecond,
                       long peakHeapBytes) {
    }
}
