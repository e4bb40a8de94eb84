package io.campaignlab.engine.monitor;

import io.campaignlab.engine.frames.FrameColumn;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.SignificanceResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Measures one feature's drift: picks the test by {@link DriftSettings}, computes PSI and the Jensen–Shannon
 * distance beside it, scores and judges the result, and lays out the chart bins. Per-row work is on primitive arrays
 * only (a sort of each numeric sample, a binary search per value for its bin, one map look-up per string).
 */
final class ColumnDrifts {

    static final String KS = "ks";
    static final String CHI_SQUARE = "chi_square";
    static final String WASSERSTEIN = "wasserstein_normed";
    static final String JENSEN_SHANNON = "jensen_shannon";
    static final String NONE = "none";

    /** The floor of a p-value before its logarithm, so an underflowed p gives a large finite score. */
    private static final double P_FLOOR = 1e-300;
    private static final String[] HOURS = IntStream.range(0, 24).mapToObj(h -> String.format(Locale.ROOT, "%02d", h))
            .toArray(String[]::new);
    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final long MILLIS_PER_HOUR = 3_600_000L;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private ColumnDrifts() {
    }

    /** A numeric feature; NaN and infinities are missing. */
    static ColumnDrift numeric(String feature, String column, double[] reference, double[] current,
                               DriftSettings settings) {
        double[] ref = sortedFinite(reference);
        double[] cur = sortedFinite(current);
        long refMissing = reference.length - ref.length;
        long curMissing = current.length - cur.length;
        if (ref.length == 0 || cur.length == 0) {
            return skipped(feature, column, DriftKind.NUMERIC, ref.length, cur.length, refMissing, curMissing);
        }
        if (distinct(ref, cur) <= settings.fewValues()) {
            CategoryCounts counts = CategoryCounts.ofSortedNumbers(ref, cur, refMissing, curMissing);
            return categories(feature, column, DriftKind.NUMERIC, counts, settings, true,
                    "at most " + settings.fewValues() + " distinct values: compared as categories");
        }
        double[] edges = PopulationStabilityIndex.quantileEdges(ref, settings.psiBins());
        double[] r = PopulationStabilityIndex.shares(ref, edges);
        double[] c = PopulationStabilityIndex.shares(cur, edges);
        double psi = PopulationStabilityIndex.fromShares(r, c);
        double js = Distances.jensenShannon(r, c);
        String test;
        double statistic;
        double p = Double.NaN;
        double threshold;
        boolean flagged;
        if (ref.length <= settings.smallSample()) {
            SignificanceResult ks = KolmogorovSmirnovTest.withDefaults().test(ref, cur);
            test = KS;
            statistic = ks.getStatistic();
            p = ks.getPValue();
            threshold = settings.pValueThreshold();
            flagged = p < threshold;
        } else {
            test = WASSERSTEIN;
            statistic = Distances.normedWassersteinOfSorted(ref, cur);
            threshold = settings.distanceThreshold();
            flagged = statistic >= threshold;
        }
        List<DriftBin> bins = new ArrayList<>(r.length);
        double lowest = Math.min(ref[0], cur[0]);
        double highest = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
        for (int k = 0; k < r.length; k++) {
            double lower = k == 0 ? lowest : edges[k - 1];
            double upper = k == edges.length ? highest : edges[k];
            String label = edges.length == 0 ? "all" : k == 0 ? "≤ " + number(edges[0])
                    : k == edges.length ? "> " + number(edges[k - 1])
                    : "(" + number(edges[k - 1]) + ", " + number(edges[k]) + "]";
            bins.add(new DriftBin(label, lower, upper, r[k], c[k]));
        }
        double score = score(test, statistic, p, threshold);
        return new ColumnDrift(feature, column, DriftKind.NUMERIC, test, statistic, p, threshold, psi, js, score,
                status(flagged, psi, score, settings), "", ref.length, cur.length, refMissing, curMissing, bins);
    }

    /** A categorical feature; null is missing. */
    static ColumnDrift categorical(String feature, String column, String[] reference, String[] current,
                                   DriftSettings settings) {
        return categories(feature, column, DriftKind.CATEGORICAL, CategoryCounts.ofTexts(reference, current),
                settings, false, "");
    }

    /** The hour-of-day and day-of-week features of a time column, in UTC of the stored local time. */
    static List<ColumnDrift> time(String column, long[] reference, long[] current, DriftSettings settings) {
        int[] refCodes = new int[reference.length];
        int[] curCodes = new int[current.length];
        hours(reference, refCodes);
        hours(current, curCodes);
        ColumnDrift hour = categories(column + "_hour", column, DriftKind.HOUR_OF_DAY,
                CategoryCounts.ofCodes(refCodes, curCodes, HOURS), settings, true, "");
        weekdays(reference, refCodes);
        weekdays(current, curCodes);
        ColumnDrift weekday = categories(column + "_weekday", column, DriftKind.DAY_OF_WEEK,
                CategoryCounts.ofCodes(refCodes, curCodes, WEEKDAYS), settings, true, "");
        return List.of(hour, weekday);
    }

    private static void hours(long[] millis, int[] codes) {
        for (int i = 0; i < millis.length; i++) {
            codes[i] = millis[i] == FrameColumn.MISSING_TIME ? -1
                    : (int) Math.floorMod(Math.floorDiv(millis[i], MILLIS_PER_HOUR), 24L);
        }
    }

    /** Monday 0 to Sunday 6: 1970-01-01, day 0, was a Thursday. */
    private static void weekdays(long[] millis, int[] codes) {
        for (int i = 0; i < millis.length; i++) {
            codes[i] = millis[i] == FrameColumn.MISSING_TIME ? -1
                    : (int) Math.floorMod(Math.floorDiv(millis[i], MILLIS_PER_DAY) + 3, 7L);
        }
    }

    /**
     * Drift of category counts: χ² of the current counts against the reference shares for a small reference, else
     * the Jensen–Shannon distance; PSI per category.
     *
     * @param naturalOrder whether the chart keeps the categories' own order (numbers, hours, weekdays) rather than
     *                     the order of share
     */
    static ColumnDrift categories(String feature, String column, DriftKind kind, CategoryCounts counts,
                                  DriftSettings settings, boolean naturalOrder, String note) {
        long refTotal = counts.referenceTotal();
        long curTotal = counts.currentTotal();
        if (refTotal == 0 || curTotal == 0) {
            return skipped(feature, column, kind, refTotal, curTotal, counts.referenceMissing(),
                    counts.currentMissing());
        }
        int k = counts.labels().length;
        double[] r = new double[k];
        double[] c = new double[k];
        double[] observed = new double[k];
        for (int i = 0; i < k; i++) {
            r[i] = (double) counts.reference()[i] / refTotal;
            c[i] = (double) counts.current()[i] / curTotal;
            observed[i] = counts.current()[i];
        }
        double psi = PopulationStabilityIndex.fromShares(r, c);
        double js = Distances.jensenShannon(r, c);
        String test;
        double statistic;
        double p = Double.NaN;
        double threshold;
        boolean flagged;
        if (refTotal <= settings.smallSample()) {
            test = CHI_SQUARE;
            threshold = settings.pValueThreshold();
            if (k < 2) {
                // one category on both sides: nothing can have moved
                statistic = 0;
                p = 1;
            } else {
                SignificanceResult chi = DriftTests.chiSquare(r, observed);
                statistic = chi.getStatistic();
                p = chi.getPValue();
            }
            flagged = p < threshold;
        } else {
            test = JENSEN_SHANNON;
            statistic = js;
            threshold = settings.distanceThreshold();
            flagged = statistic >= threshold;
        }
        double score = score(test, statistic, p, threshold);
        int limit = kind == DriftKind.CATEGORICAL || kind == DriftKind.NUMERIC ? settings.chartCategories()
                : Integer.MAX_VALUE;
        return new ColumnDrift(feature, column, kind, test, statistic, p, threshold, psi, js, score,
                status(flagged, psi, score, settings), note, refTotal, curTotal, counts.referenceMissing(),
                counts.currentMissing(), chart(counts.labels(), r, c, limit, naturalOrder));
    }

    /** The largest {@code limit} categories by mean share, then the rest pooled as "other". */
    static List<DriftBin> chart(String[] labels, double[] r, double[] c, int limit, boolean naturalOrder) {
        Integer[] order = new Integer[labels.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -(r[i] + c[i])).thenComparing(i -> labels[i]));
        int kept = labels.length > limit ? limit : labels.length;
        Integer[] keep = Arrays.copyOf(order, kept);
        if (naturalOrder) {
            Arrays.sort(keep);
        }
        List<DriftBin> bins = new ArrayList<>(kept + 1);
        for (int i : keep) {
            bins.add(DriftBin.category(labels[i], r[i], c[i]));
        }
        if (kept < labels.length) {
            double otherRef = 0;
            double otherCur = 0;
            for (int j = kept; j < order.length; j++) {
                otherRef += r[order[j]];
                otherCur += c[order[j]];
            }
            bins.add(DriftBin.category(DriftSettings.OTHER, otherRef, otherCur));
        }
        return bins;
    }

    /** 1 at the alert line: distance / threshold, or ln p / ln threshold. */
    static double score(String test, double statistic, double p, double threshold) {
        if (test.equals(KS) || test.equals(CHI_SQUARE)) {
            return Double.isNaN(p) ? 0 : Math.log(Math.max(p, P_FLOOR)) / Math.log(threshold);
        }
        return statistic / threshold;
    }

    /** Alert when flagged; warn when PSI or the score reach their warning levels; ok otherwise. */
    static DriftStatus status(boolean flagged, double psi, double score, DriftSettings settings) {
        if (flagged) {
            return DriftStatus.ALERT;
        }
        return psi >= settings.warnPsi() || score >= settings.warnFraction() ? DriftStatus.WARN : DriftStatus.OK;
    }

    private static ColumnDrift skipped(String feature, String column, DriftKind kind, long refCount, long curCount,
                                       long refMissing, long curMissing) {
        String side = refCount == 0 && curCount == 0 ? "either sample" : refCount == 0 ? "the reference"
                : "the current sample";
        return new ColumnDrift(feature, column, kind, NONE, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, DriftStatus.SKIPPED, "no values in " + side, refCount, curCount,
                refMissing, curMissing, List.of());
    }

    static double[] sortedFinite(double[] values) {
        double[] finite = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                finite[n++] = v;
            }
        }
        double[] out = n == values.length ? finite : Arrays.copyOf(finite, n);
        Arrays.sort(out);
        return out;
    }

    /** The distinct values of two ascending arrays together, as Evidently counts them to pick a test. */
    static int distinct(double[] a, double[] b) {
        int distinct = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            double x = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            while (i < a.length && a[i] == x) {
                i++;
            }
            while (j < b.length && b[j] == x) {
                j++;
            }
            distinct++;
        }
        return distinct;
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x)
                : String.format(Locale.ROOT, "%.4g", x);
    }
}
