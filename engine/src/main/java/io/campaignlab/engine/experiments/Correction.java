package io.campaignlab.engine.experiments;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Multiple-testing corrections across every arm × metric comparison of a readout. Holm controls the family-wise
 * error rate (the default); Benjamini–Hochberg the false-discovery rate.
 */
public enum Correction {
    NONE, HOLM, BH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Correction parse(String text) {
        for (Correction c : values()) {
            if (c.id().equalsIgnoreCase(text.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown correction '" + text + "'; expected holm, bh or none");
    }

    /** The adjusted p-values, in the input order. NaN p-values stay NaN and do not count as tests. */
    public double[] adjust(double[] p) {
        Integer[] order = java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .toArray(Integer[]::new);
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        int m = order.length;
        if (this == NONE) {
            for (int i : order) {
                out[i] = p[i];
            }
            return out;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        if (this == HOLM) {
            double running = 0;
            for (int r = 0; r < m; r++) {
                running = Math.max(running, Math.min(1, (m - r) * p[order[r]]));
                out[order[r]] = running;
            }
        } else {
            double running = 1;
            for (int r = m - 1; r >= 0; r--) {
                running = Math.min(running, Math.min(1, p[order[r]] * m / (r + 1)));
                out[order[r]] = running;
            }
        }
        return out;
    }
}
