package io.campaignlab.engine.profiling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bins a column's values in one pass, once its range is known: equal-width bins over [min, max] (the last bin
 * includes max), and, for integer columns, exact counts per value as long as there are at most
 * {@link #DISCRETE_LIMIT} distinct values, which then become one bar per value.
 */
public final class HistogramAccumulator {

    public static final int DEFAULT_BINS = 20;
    public static final int DISCRETE_LIMIT = 30;

    private final double min;
    private final double max;
    private final double width;
    private final long[] counts;
    private TreeMap<Long, Long> discrete;

    /**
     * @param integral whether values are integers, which may be shown one bar per value
     */
    public HistogramAccumulator(double min, double max, int bins, boolean integral) {
        if (bins < 1 || !(max >= min)) {
            throw new IllegalArgumentException("a histogram needs bins >= 1 and max >= min");
        }
        this.min = min;
        this.max = max;
        this.counts = new long[max > min ? bins : 1];
        this.width = max > min ? (max - min) / bins : 0;
        this.discrete = integral ? new TreeMap<>() : null;
    }

    public void add(double value) {
        int bin = width == 0 ? 0 : (int) Math.floor((value - min) / width);
        counts[Math.max(0, Math.min(counts.length - 1, bin))]++;
    }

    public void add(long value) {
        add((double) value);
        if (discrete != null) {
            discrete.merge(value, 1L, Long::sum);
            if (discrete.size() > DISCRETE_LIMIT) {
                discrete = null;
            }
        }
    }

    /** One bar per value for a few integers, else the equal-width bins. */
    public List<HistogramBin> bins() {
        List<HistogramBin> bins = new ArrayList<>();
        if (discrete != null && !discrete.isEmpty()) {
            for (Map.Entry<Long, Long> e : discrete.entrySet()) {
                bins.add(new HistogramBin(e.getKey(), e.getKey() + 1, e.getValue()));
            }
            return bins;
        }
        if (width == 0) {
            bins.add(new HistogramBin(min, max, counts[0]));
            return bins;
        }
        for (int b = 0; b < counts.length; b++) {
            bins.add(new HistogramBin(min + b * width, b == counts.length - 1 ? max : min + (b + 1) * width, counts[b]));
        }
        return bins;
    }
}
