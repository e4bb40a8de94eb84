package io.campaignlab.engine.monitor;

import java.util.Arrays;

/** Distances between two samples or two distributions. */
public final class Distances {

    private Distances() {
    }

    /**
     * The Jensen–Shannon distance √JS(p‖q) with natural logarithms (scipy's default, which Evidently uses):
     * 0 for equal distributions, √ln 2 ≈ 0.8326 for disjoint ones. The inputs are normalised to sum to one.
     */
    public static double jensenShannon(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("distributions differ in length");
        }
        double[] a = normalise(p);
        double[] b = normalise(q);
        double divergence = 0;
        for (int i = 0; i < a.length; i++) {
            double m = (a[i] + b[i]) / 2;
            divergence += term(a[i], m) / 2 + term(b[i], m) / 2;
        }
        return Math.sqrt(Math.max(0, divergence));
    }

    private static double term(double x, double m) {
        return x > 0 ? x * Math.log(x / m) : 0;
    }

    private static double[] normalise(double[] p) {
        double sum = 0;
        for (double v : p) {
            if (v < 0 || !Double.isFinite(v)) {
                throw new IllegalArgumentException("a distribution needs finite non-negative weights, saw " + v);
            }
            sum += v;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("a distribution needs some weight");
        }
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i] / sum;
        }
        return out;
    }

    /**
     * The first Wasserstein (earth mover's) distance between two empirical distributions: the area between their
     * CDFs, ∫ |F(x) − G(x)| dx.
     */
    public static double wasserstein(double[] reference, double[] current) {
        double[] a = PopulationStabilityIndex.finite(reference);
        double[] b = PopulationStabilityIndex.finite(current);
        Arrays.sort(a);
        Arrays.sort(b);
        return wassersteinOfSorted(a, b);
    }

    /** {@link #wasserstein} of two ascending arrays of finite numbers, without copying them. */
    static double wassersteinOfSorted(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("Wasserstein distance needs values in both samples");
        }
        double distance = 0;
        int i = 0;
        int j = 0;
        double previous = Math.min(a[0], b[0]);
        while (i < a.length || j < b.length) {
            double x = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            distance += Math.abs((double) i / a.length - (double) j / b.length) * (x - previous);
            while (i < a.length && a[i] == x) {
                i++;
            }
            while (j < b.length && b[j] == x) {
                j++;
            }
            previous = x;
        }
        return distance;
    }

    /** Wasserstein distance divided by the reference's standard deviation (population), Evidently's "normed" form. */
    public static double normedWasserstein(double[] reference, double[] current) {
        double[] a = PopulationStabilityIndex.finite(reference);
        double[] b = PopulationStabilityIndex.finite(current);
        Arrays.sort(a);
        Arrays.sort(b);
        return normedWassersteinOfSorted(a, b);
    }

    /** {@link #normedWasserstein} of two ascending arrays of finite numbers, without copying them. */
    static double normedWassersteinOfSorted(double[] a, double[] b) {
        double sum = 0;
        for (double v : a) {
            sum += v;
        }
        double mean = sum / a.length;
        double squares = 0;
        for (double v : a) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / a.length);
        double w = wassersteinOfSorted(a, b);
        return sd > 0 ? w / sd : w == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
}
