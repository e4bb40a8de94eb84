package io.campaignlab.engine.experiments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes an {@link AbReadout} from a table of units held as arrays: the arm label per unit and one numeric array
 * per column the spec names.
 */
public final class AbAnalysis {

    /** How many cumulative looks the sequential chart gets at most. */
    static final int LOOKS = 40;

    private AbAnalysis() {
    }

    /**
     * @param dataset the dataset's name
     * @param groups  the arm label per unit (null: skipped and counted)
     * @param numbers numeric columns by name (NaN = missing)
     * @param units   unit ids per row, or null
     * @param times   epoch milliseconds per row, or null
     */
    public static AbReadout analyse(String dataset, AbSpec spec, String[] groups, Map<String, double[]> numbers,
                                    String[] units, long[] times) {
        Map<String, List<Integer>> rowsByArm = rowsByArm(groups);
        long skipped = java.util.Arrays.stream(groups).filter(g -> g == null || g.isBlank()).count();
        List<String> arms = arms(spec, rowsByArm);
        SampleRatioCheck srm = sampleRatio(spec, arms, rowsByArm);
        long overlap = units == null ? -1 : overlap(units, groups);

        List<Comparison> comparisons = new ArrayList<>();
        List<BayesianComparison> bayes = new ArrayList<>();
        List<Cuped> cuped = new ArrayList<>();
        List<SequentialSeries> sequential = new ArrayList<>();
        int[] control = toArray(rowsByArm.get(spec.control()));
        for (MetricSpec m : spec.metrics()) {
            double[] y = column(numbers, m.column());
            double[] x = m.isRatio() ? column(numbers, m.denominator()) : null;
            boolean binary = !m.isRatio() && isBinary(y);
            for (String arm : arms.subList(1, arms.size())) {
                int[] treated = toArray(rowsByArm.get(arm));
                if (m.isRatio()) {
                    comparisons.add(TwoSample.ratio(arm, m.name(), pick(y, treated), pick(x, treated),
                            pick(y, control), pick(x, control), spec.alpha()));
                    continue;
                }
                MeanStats t = MeanStats.of(pick(y, treated));
                MeanStats c = MeanStats.of(pick(y, control));
                if (binary) {
                    comparisons.add(TwoSample.binary(arm, m.name(), t, c, spec.alpha()));
                    bayes.add(BayesianComparison.binary(arm, m.name(), Math.round(t.mean() * t.n()), t.n(),
                            Math.round(c.mean() * c.n()), c.n()));
                } else {
                    comparisons.add(TwoSample.welch(arm, m.name(), t, c, spec.alpha()));
                    bayes.add(BayesianComparison.normal(arm, m.name(), t, c));
                }
                if (spec.cupedColumn() != null) {
                    double[] cov = column(numbers, spec.cupedColumn());
                    cuped.add(Cuped.of(arm, m.name(), spec.cupedColumn(), pick(y, treated), pick(cov, treated),
                            pick(y, control), pick(cov, control), spec.alpha()));
                }
                if (times != null) {
                    sequential.add(sequential(arm, m.name(), y, times, treated, control, binary, spec.alpha()));
                }
            }
        }
        return new AbReadout(dataset, spec, List.copyOf(arms), srm, overlap, adjusted(spec, comparisons),
                List.copyOf(cuped), List.copyOf(bayes), List.copyOf(sequential), skipped);
    }

    /** The rows of each arm label (trimmed), in the order labels first appear; blank labels are left out. */
    private static Map<String, List<Integer>> rowsByArm(String[] groups) {
        Map<String, List<Integer>> rowsByArm = new LinkedHashMap<>();
        for (int r = 0; r < groups.length; r++) {
            if (groups[r] != null && !groups[r].isBlank()) {
                rowsByArm.computeIfAbsent(groups[r].trim(), k -> new ArrayList<>()).add(r);
            }
        }
        return rowsByArm;
    }

    /** The control arm first, then the others by name; refuses a missing control or an allocation's unknown arm. */
    private static List<String> arms(AbSpec spec, Map<String, List<Integer>> rowsByArm) {
        if (!rowsByArm.containsKey(spec.control())) {
            throw new IllegalArgumentException("control arm '" + spec.control() + "' is not a value of column "
                    + spec.groupColumn() + "; its values are " + new TreeSet<>(rowsByArm.keySet()));
        }
        if (rowsByArm.size() < 2) {
            throw new IllegalArgumentException("column " + spec.groupColumn() + " holds only the control arm");
        }
        List<String> arms = new ArrayList<>();
        arms.add(spec.control());
        rowsByArm.keySet().stream().filter(a -> !a.equals(spec.control())).sorted().forEach(arms::add);
        for (String a : spec.allocation().keySet()) {
            if (!rowsByArm.containsKey(a)) {
                throw new IllegalArgumentException("allocation names arm '" + a + "', which has no units");
            }
        }
        return arms;
    }

    /** The sample-ratio check of the arms' unit counts against the planned allocation (equal when none). */
    private static SampleRatioCheck sampleRatio(AbSpec spec, List<String> arms,
                                                Map<String, List<Integer>> rowsByArm) {
        long[] counts = new long[arms.size()];
        double[] shares = new double[arms.size()];
        for (int i = 0; i < arms.size(); i++) {
            counts[i] = rowsByArm.get(arms.get(i)).size();
            shares[i] = spec.allocation().isEmpty() ? 1 : spec.allocation().getOrDefault(arms.get(i), Double.NaN);
            if (Double.isNaN(shares[i])) {
                throw new IllegalArgumentException("the allocation gives no share for arm '" + arms.get(i) + "'");
            }
        }
        return SampleRatioCheck.of(arms, counts, shares);
    }

    /** The comparisons with their p-values adjusted for multiple testing by the spec's correction. */
    private static List<Comparison> adjusted(AbSpec spec, List<Comparison> comparisons) {
        double[] p = comparisons.stream().mapToDouble(Comparison::pValue).toArray();
        double[] adjusted = spec.correction().adjust(p);
        List<Comparison> out = new ArrayList<>();
        for (int i = 0; i < comparisons.size(); i++) {
            out.add(comparisons.get(i).withAdjusted(adjusted[i]));
        }
        return List.copyOf(out);
    }

    private static long overlap(String[] units, String[] groups) {
        Map<String, String> first = new HashMap<>();
        Set<String> both = new java.util.HashSet<>();
        for (int r = 0; r < units.length; r++) {
            if (units[r] == null || groups[r] == null) {
                continue;
            }
            String prior = first.putIfAbsent(units[r], groups[r]);
            if (prior != null && !prior.equals(groups[r])) {
                both.add(units[r]);
            }
        }
        return both.size();
    }

    private static double[] column(Map<String, double[]> numbers, String name) {
        double[] v = numbers.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no numeric column '" + name + "'");
        }
        return v;
    }

    /** Whether every present value is 0 or 1. */
    static boolean isBinary(double[] y) {
        for (double v : y) {
            if (!Double.isNaN(v) && v != 0 && v != 1) {
                return false;
            }
        }
        return true;
    }

    private static int[] toArray(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] pick(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    /** Cumulative looks at up to {@link #LOOKS} evenly spaced unit counts, in time order. */
    private static SequentialSeries sequential(String arm, String metric, double[] y, long[] times, int[] treated,
                                               int[] control, boolean binary, double alpha) {
        int[] all = new int[treated.length + control.length];
        boolean[] isTreated = new boolean[y.length];
        System.arraycopy(treated, 0, all, 0, treated.length);
        System.arraycopy(control, 0, all, treated.length, control.length);
        for (int r : treated) {
            isTreated[r] = true;
        }
        Integer[] order = Arrays.stream(all).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> {
            int c = Long.compare(times[a], times[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        ConfidenceSequence cs = new ConfidenceSequence(alpha, order.length);
        double z = TwoSample.z(alpha);
        List<SequentialPoint> points = new ArrayList<>();
        double[] sum = new double[2];
        double[] sq = new double[2];
        long[] n = new long[2];
        int step = Math.max(1, order.length / LOOKS);
        for (int i = 0; i < order.length; i++) {
            int r = order[i];
            double v = y[r];
            if (!Double.isNaN(v)) {
                int a = isTreated[r] ? 1 : 0;
                sum[a] += v;
                sq[a] += v * v;
                n[a]++;
            }
            boolean look = (i + 1) % step == 0 || i == order.length - 1;
            if (look && n[0] > 1 && n[1] > 1) {
                double m1 = sum[1] / n[1];
                double m0 = sum[0] / n[0];
                double v1 = binary ? m1 * (1 - m1) : (sq[1] - n[1] * m1 * m1) / (n[1] - 1);
                double v0 = binary ? m0 * (1 - m0) : (sq[0] - n[0] * m0 * m0) / (n[0] - 1);
                double se = Math.sqrt(v1 / n[1] + v0 / n[0]);
                double d = m1 - m0;
                double h = cs.halfWidth(se, n[0] + n[1]);
                points.add(new SequentialPoint(times[r], n[0] + n[1], d, d - h, d + h, d - z * se, d + z * se));
            }
        }
        return new SequentialSeries(arm, metric, List.copyOf(points));
    }
}
