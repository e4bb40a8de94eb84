package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignlab.app.bench.EventsCsvGenerator;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.importing.ImportJob;
import io.campaignlab.engine.importing.ImportPlan;
import io.campaignlab.engine.importing.ImportPlanner;
import io.campaignlab.engine.importing.ImportResult;
import io.campaignlab.engine.importing.ImportSpec;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code campaign-lab bench import}: imports a generated 6-column events CSV into a fresh temporary workspace and
 * prints rows/s (median of the repeats) and peak heap, at several sizes so that a flat heap shows.
 */
@Command(name = "bench", description = "Benchmarks that print figures.", subcommands = BenchCommand.ImportBench.class)
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", description = "Import a generated N-row, 6-column events CSV; print rows/s and peak heap.")
    static final class ImportBench implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @Spec
        CommandSpec spec;

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
                ObjectNode node = Output.object();
                node.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
                node.put("cores", Runtime.getRuntime().availableProcessors());
                ArrayNode results = node.putArray("sizes");
                if (!options.json()) {
                    output.line("Import bench: 6-column events CSV, %d runs per size, heap limit %s",
                            repeat, Output.bytes(Runtime.getRuntime().maxMemory()));
                    output.line("%12s %12s %14s %14s %14s", "ROWS", "FILE", "MEDIAN ROWS/S", "BEST ROWS/S", "PEAK HEAP");
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
                    ObjectNode o = results.addObject();
                    o.put("rows", size);
                    o.put("file_bytes", Files.size(csv));
                    o.put("median_rows_per_second", Math.round(median));
                    o.put("best_rows_per_second", Math.round(sorted[sorted.length - 1]));
                    o.put("peak_heap_bytes", peak);
                    if (!options.json()) {
                        output.line("%12s %12s %14s %14s %14s", Output.count(size), Output.bytes(Files.size(csv)),
                                Output.count(Math.round(median)), Output.count(Math.round(sorted[sorted.length - 1])),
                                Output.bytes(peak));
                    }
                    Files.delete(csv);
                }
                if (options.json()) {
                    output.json(node);
                }
                return 0;
            } finally {
                deleteTree(dir);
            }
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
    }
}
