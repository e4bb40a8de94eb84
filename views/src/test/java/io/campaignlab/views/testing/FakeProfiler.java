package io.campaignlab.views.testing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.profiling.ColumnProfile;
import io.campaignlab.engine.profiling.DatasetProfile;
import io.campaignlab.engine.profiling.DatasetProfiler;
import io.campaignlab.engine.profiling.HistogramBin;
import io.campaignlab.engine.profiling.ValueCount;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Profiles fake tables exactly, in memory: counts, min/max/mean/std, ten histogram bins for numbers and times,
 * the ten most frequent values otherwise. Counts how often it profiled.
 */
public final class FakeProfiler implements DatasetProfiler {

    private static final int BINS = 10;
    private static final int TOP = 10;

    private final FakeWorkspace workspace;
    private final Map<String, DatasetProfile> stored = new ConcurrentHashMap<>();
    private final AtomicInteger profiled = new AtomicInteger();

    FakeProfiler(FakeWorkspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public DatasetProfile profile(String dataset, ProgressListener progress, CancellationToken cancel) {
        FakeTable table = workspace.table(dataset);
        List<ColumnMeta> columns = table.info().columns();
        List<ColumnProfile> profiles = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            cancel.throwIfCancelled();
            int column = c;
            List<Object> values = IntStream.range(0, table.rowCount()).mapToObj(i -> table.rows().apply(i).get(column))
                    .toList();
            profiles.add(column(columns.get(c), values));
            progress.progress(c + 1, columns.size());
        }
        DatasetProfile profile = new DatasetProfile(dataset, table.rowCount(), Instant.parse("2025-03-01T10:00:00Z"),
                0.25, profiles);
        stored.put(dataset, profile);
        profiled.incrementAndGet();
        return profile;
    }

    @Override
    public Optional<DatasetProfile> stored(String dataset) {
        workspace.table(dataset);
        return Optional.ofNullable(stored.get(dataset));
    }

    /** How many times a dataset was profiled. */
    public int timesProfiled() {
        return profiled.get();
    }

    private static ColumnProfile column(ColumnMeta meta, List<Object> all) {
        List<Object> values = all.stream().filter(Objects::nonNull).toList();
        long nulls = all.size() - values.size();
        long distinct = new HashSet<>(values).size();
        Double min = null;
        Double max = null;
        Double mean = null;
        Double std = null;
        String minText = null;
        String maxText = null;
        List<HistogramBin> histogram = List.of();
        if (meta.type().isNumeric() || meta.type() == ColumnType.TIMESTAMP) {
            double[] xs = values.stream().mapToDouble(FakeProfiler::number).toArray();
            if (xs.length > 0) {
                min = Arrays.stream(xs).min().orElseThrow();
                max = Arrays.stream(xs).max().orElseThrow();
                histogram = bins(xs, min, max);
                if (meta.type().isNumeric()) {
                    double m = Arrays.stream(xs).average().orElseThrow();
                    mean = m;
                    std = xs.length < 2 ? null
                            : Math.sqrt(Arrays.stream(xs).map(x -> (x - m) * (x - m)).sum() / (xs.length - 1));
                } else {
                    minText = values.stream().map(v -> (LocalDateTime) v).min(Comparator.naturalOrder())
                            .map(LocalDateTime::toString).orElse(null);
                    maxText = values.stream().map(v -> (LocalDateTime) v).max(Comparator.naturalOrder())
                            .map(LocalDateTime::toString).orElse(null);
                }
            }
        } else if (meta.type() == ColumnType.BOOLEAN) {
            mean = values.isEmpty() ? null : values.stream().filter(Boolean.TRUE::equals).count() / (double) values.size();
        } else {
            minText = values.stream().map(Object::toString).min(Comparator.naturalOrder()).orElse(null);
            maxText = values.stream().map(Object::toString).max(Comparator.naturalOrder()).orElse(null);
        }
        boolean unique = distinct == values.size() && distinct > TOP;
        List<ValueCount> top = unique ? List.of() : top(values);
        return new ColumnProfile(meta.name(), meta.type(), meta.role(), all.size(), nulls, distinct, true, min, max,
                mean, std, minText, maxText, top, histogram);
    }

    private static double number(Object value) {
        return value instanceof LocalDateTime t ? t.toEpochSecond(ZoneOffset.UTC) : ((Number) value).doubleValue();
    }

    private static List<HistogramBin> bins(double[] xs, double lo, double hi) {
        if (hi <= lo) {
            return List.of(new HistogramBin(lo, hi, xs.length));
        }
        double width = (hi - lo) / BINS;
        long[] counts = new long[BINS];
        for (double x : xs) {
            counts[Math.min(BINS - 1, (int) ((x - lo) / width))]++;
        }
        List<HistogramBin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            bins.add(new HistogramBin(lo + b * width, b == BINS - 1 ? hi : lo + (b + 1) * width, counts[b]));
        }
        return bins;
    }

    private static List<ValueCount> top(List<Object> values) {
        Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(Object::toString,
                Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).map(e -> new ValueCount(e.getKey(), e.getValue())).toList();
    }

    /** Stores a profile as if it had been computed earlier. */
    public void store(DatasetProfile profile) {
        stored.put(profile.dataset(), profile);
    }
}
