package io.campaignlab.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples this process's memory at a fixed period: the heap in use just after a full GC (what is live) and the
 * resident set size from {@code /proc/self/status} (heap, native memory such as PyTorch's, and code; -1 where the
 * file is missing).
 */
final class MemorySampler implements AutoCloseable {

    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "memory-sampler");
        t.setDaemon(true);
        return t;
    });
    private final long start = System.nanoTime();

    /**
     * One sample, in MiB: seconds since the start, the live heap, the heap committed (which the RSS includes once
     * touched; G1 grows it and seldom gives it back), the RSS, and the RSS of the heap's own mappings where they can
     * be told apart (ZGC maps its heap from a named file, {@code memfd:java_heap}, several times over, so its RSS
     * counts the heap more than once), else -1.
     */
    record Sample(double seconds, double heapMib, double heapCommittedMib, double rssMib, double heapRssMib) {

        /**
         * The RSS less the heap: native memory (PyTorch, H2's off-heap, threads), metaspace and code. The heap is its
         * mappings' RSS where known (ZGC), else the committed heap (G1's anonymous heap is resident once touched).
         */
        public double rssBesideHeapMib() {
            if (rssMib < 0) {
                return -1;
            }
            return rssMib - (heapRssMib >= 0 ? heapRssMib : heapCommittedMib);
        }
    }

    /**
     * A series' first, last and largest value, its least-squares slope in MiB per minute over all samples, and over
     * the samples of the run's second half (from half the last sample's time on): past the warm-up (caches filling,
     * the heap sizing itself), a leak is a slope there.
     */
    record Trend(double first, double last, double max, double slopeMibPerMinute,
                 double lastHalfSlopeMibPerMinute) {
    }

    MemorySampler start(long periodSeconds) {
        timer.scheduleAtFixedRate(this::sample, 0, periodSeconds, TimeUnit.SECONDS);
        return this;
    }

    synchronized void sample() {
        System.gc();
        var usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        samples.add(new Sample((System.nanoTime() - start) / 1e9, usage.getUsed() / 1048576.0,
                usage.getCommitted() / 1048576.0, rssMib(), heapMappingsRssMib()));
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    static double rssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** The summed RSS of the mappings of ZGC's heap file ({@code memfd:java_heap}), or -1 when there are none. */
    static double heapMappingsRssMib() {
        try (var lines = Files.lines(Path.of("/proc/self/smaps"))) {
            long[] kib = {0, 0};
            boolean[] inHeap = {false};
            lines.forEach(line -> {
                if (!line.isEmpty() && Character.isLetterOrDigit(line.charAt(0)) && line.indexOf(' ') > 0
                        && line.substring(0, line.indexOf(' ')).contains("-")) {
                    inHeap[0] = line.contains("memfd:java_heap");
                    kib[1] += inHeap[0] ? 1 : 0;
                } else if (inHeap[0] && line.startsWith("Rss:")) {
                    kib[0] += Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            });
            return kib[1] == 0 ? -1 : kib[0] / 1024.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The trend of one series of the samples. */
    static Trend trend(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> series) {
        int n = samples.size();
        double max = samples.stream().mapToDouble(series).max().orElse(Double.NaN);
        double half = n == 0 ? 0 : samples.get(n - 1).seconds() / 2;
        List<Sample> late = samples.stream().filter(s -> s.seconds() >= half).toList();
        return new Trend(n == 0 ? Double.NaN : series.applyAsDouble(samples.get(0)),
                n == 0 ? Double.NaN : series.applyAsDouble(samples.get(n - 1)), max, slope(samples, series),
                slope(late, series));
    }

    /** The least-squares slope of a series against minutes, NaN with fewer than two distinct times. */
    private static double slope(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> series) {
        int n = samples.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = samples.get(i).seconds() / 60;
            y[i] = series.applyAsDouble(samples.get(i));
        }
        double mx = java.util.Arrays.stream(x).average().orElse(0);
        double my = java.util.Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
