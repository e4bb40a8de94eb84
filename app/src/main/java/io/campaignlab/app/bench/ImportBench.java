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
 * {@code campaign-lab bench import}: imports a generated 6-column events CSV at several sizes. By default each import
 * is a fresh JVM ({@code campaign-lab import} into a new workspace), timed as a whole process, beside H2's own
 * {@code CREATE TABLE AS SELECT * FROM CSVREAD(...)} in a fresh JVM on the same file, alternating the two; it prints
 * the medians and their ratio. {@code --in-process} keeps the older figures: imports in this JVM (warmed by the
 * smaller sizes) with peak heap, and the storage-only baseline.
 */
@Command(name = "import", description = {"Import a generated N-row, 6-column events CSV at three sizes, each run in a"
        + " fresh JVM beside H2's own CSVREAD in a fresh JVM; print the median process times and their ratio.",
        "--in-process measures imports inside this JVM instead, with peak heap."})
public final class ImportBench extends CliCommand {

    @Option(names = "--rows", description = "Rows of the largest file (default: ${DEFAULT-VALUE}).", defaultValue = "1000000")
    long rows;

    @Option(names = "--repeat", description = "Runs per size; the median is reported (default: ${DEFAULT-VALUE}).", defaultValue = "3")
    int repeat;

    @Option(names = "--in-process", description = "Import inside this JVM (warm after the first size) and report peak heap.")
    boolean inProcess;

    @Option(names = "--child-heap", paramLabel = "SIZE", description = "-Xmx of each fresh JVM (default: ${DEFAULT-VALUE}).",
            defaultValue = "256m")
    String childHeap;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Output output = new Output(spec.commandLine().getOut());
        Path dir = Files.createTempDirectory("campaign-lab-bench");
        try {
            if (!inProcess) {
                return ColdRuns.run(this, output, dir);
            }
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

    /**
     * The cold figures: for each size, {@code repeat} pairs of fresh JVMs, our import and H2's CSVREAD, alternating
     * which goes first, each timed from start to exit.
     */
    static final class ColdRuns {

        private ColdRuns() {
        }

        static int run(ImportBench bench, Output output, Path dir) throws IOException, InterruptedException {
            List<Long> sizes = List.of(Math.max(1, bench.rows / 4), Math.max(1, bench.rows / 2), bench.rows);
            if (!bench.options.json()) {
                output.line("Cold import bench: 6-column events CSV; each run a fresh JVM (-Xmx%s) timed as a whole"
                        + " process; median of %d, alternating with H2's CSVREAD.", bench.childHeap, bench.repeat);
                output.line("%12s %10s %12s %14s %14s %8s", "ROWS", "FILE", "IMPORT S", "ROWS/S", "H2 CSVREAD S",
                        "RATIO");
            }
            List<ColdFigures> results = new ArrayList<>();
            for (long size : sizes) {
                Path csv = EventsCsvGenerator.write(dir.resolve("events-" + size + ".csv"), size, 7);
                double[] ours = new double[bench.repeat];
                double[] h2 = new double[bench.repeat];
                for (int r = 0; r < bench.repeat; r++) {
                    boolean oursFirst = r % 2 == 0;
                    if (oursFirst) {
                        ours[r] = importProcess(bench, dir, csv, r);
                    }
                    h2[r] = csvreadProcess(bench, dir, csv, r);
                    if (!oursFirst) {
                        ours[r] = importProcess(bench, dir, csv, r);
                    }
                }
                ColdFigures f = new ColdFigures(size, Files.size(csv), median(ours), median(h2),
                        median(h2) / median(ours), ours, h2);
                results.add(f);
                if (!bench.options.json()) {
                    output.line("%12s %10s %12.2f %14s %14.2f %7.2fx", Output.count(size), Output.bytes(f.fileBytes()),
                            f.importSeconds(), Output.count(Math.round(size / f.importSeconds())), f.csvreadSeconds(),
                            f.ratio());
                }
                Files.delete(csv);
            }
            if (bench.options.json()) {
                output.json(new ColdImportFigures(bench.childHeap, Runtime.getRuntime().availableProcessors(), results));
            } else {
                output.line("RATIO: H2 CSVREAD's median time over the import's; above 1 the import is faster. Both"
                        + " include JVM start; the import also creates the workspace (migrations) and infers types.");
            }
            return 0;
        }

        private static double importProcess(ImportBench bench, Path dir, Path csv, int r)
                throws IOException, InterruptedException {
            Path ws = dir.resolve("ws-" + r);
            double seconds = timed(dir, List.of("io.campaignlab.app.CampaignLab", "import", csv.toString(),
                    "--workspace", ws.toString(), "--name", "events"), bench.childHeap);
            deleteTree(ws);
            return seconds;
        }

        private static double csvreadProcess(ImportBench bench, Path dir, Path csv, int r)
                throws IOException, InterruptedException {
            Path db = dir.resolve("h2-" + r);
            double seconds = timed(dir, List.of("org.h2.tools.Shell", "-url", "jdbc:h2:file:" + db.resolve("db"),
                    "-user", "sa", "-sql", "CREATE TABLE t AS SELECT * FROM CSVREAD('"
                            + csv.toAbsolutePath().toString().replace("'", "''") + "')"), bench.childHeap);
            deleteTree(db);
            return seconds;
        }

        /** Runs a main class in a fresh JVM on this classpath; its wall time from start to exit, in seconds. */
        private static double timed(Path dir, List<String> mainAndArgs, String heap)
                throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path")));
            command.addAll(mainAndArgs);
            Path log = dir.resolve("child.log");
            long started = System.nanoTime();
            Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = child.waitFor();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (exit != 0) {
                throw new IllegalStateException(mainAndArgs.get(0) + " exited with " + exit + ": "
                        + Files.readString(log));
            }
            return seconds;
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    /** {@code bench import --json}: each size's cold figures. */
    record ColdImportFigures(String childHeap, int cores, List<ColdFigures> sizes) {
    }

    /** One size: median whole-process seconds of the import and of H2's CSVREAD, every run, and CSVREAD / import. */
    record ColdFigures(long rows, long fileBytes, double importSeconds, double csvreadSeconds, double ratio,
                       double[] importRuns, double[] csvreadRuns) {
    }

    /** {@code bench import --json}: the machine, each size's figures, and the storage-only baseline. */
    record ImportFigures(long maxHeapBytes, int cores, List<SizeFigures> sizes, long storeOnlyRowsPerSecond) {
    }

    record SizeFigures(long rows, long fileBytes, long medianRowsPerSecond, long bestRowsPerSecond,
                       long peakHeapBytes) {
    }
}
