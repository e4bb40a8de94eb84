package io.campaignlab.engine.monitor;

import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.SignificanceResult;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Chooses and runs a drift test the way Evidently does by default, so that large samples are judged by an effect
 * size instead of a p-value that flags everything:
 * <ul>
 *   <li>reference of at most {@value #SMALL_SAMPLE} values: numbers with more than {@value #FEW_VALUES} distinct
 *       values (in both samples together) by the two-sample Kolmogorov–Smirnov test, others by the χ²
 *       goodness-of-fit of the current counts against the reference shares; drifted when p &lt;
 *       {@value #P_THRESHOLD};</li>
 *   <li>larger references: numbers by the Wasserstein distance divided by the reference's standard deviation,
 *       others by the Jensen–Shannon distance; drifted when the distance is at least {@value #DISTANCE_THRESHOLD}.</li>
 * </ul>
 * Evidently tests binary categories on small samples with a z-test of proportions; here χ² serves all categories.
 */
public final class DriftTests {

    public static final int SMALL_SAMPLE = 1000;
    public static final int FEW_VALUES = 5;
    public static final double P_THRESHOLD = 0.05;
    public static final double DISTANCE_THRESHOLD = 0.1;

    private DriftTests() {
    }

    public static DriftResult numeric(String feature, double[] reference, double[] current) {
        double[] ref = PopulationStabilityIndex.finite(reference);
        double[] cur = PopulationStabilityIndex.finite(current);
        double psi = PopulationStabilityIndex.of(ref, cur).value();
        long distinct = ColumnDrifts.distinct(ColumnDrifts.sortedFinite(ref), ColumnDrifts.sortedFinite(cur));
        if (distinct <= FEW_VALUES) {
            String[] r = Arrays.stream(ref).mapToObj(Double::toString).toArray(String[]::new);
            String[] c = Arrays.stream(cur).mapToObj(Double::toString).toArray(String[]::new);
            DriftResult categorical = categorical(feature, r, c);
            return new DriftResult(feature, categorical.method(), categorical.statistic(), categorical.pValue(),
                    categorical.threshold(), categorical.drifted(), psi);
        }
        if (ref.length <= SMALL_SAMPLE) {
            var result = KolmogorovSmirnovTest.withDefaults().test(ref, cur);
            return new DriftResult(feature, "ks", result.getStatistic(), result.getPValue(), P_THRESHOLD,
                    result.getPValue() < P_THRESHOLD, psi);
        }
        double distance = Distances.normedWasserstein(ref, cur);
        return new DriftResult(feature, "wasserstein_normed", distance, Double.NaN, DISTANCE_THRESHOLD,
                distance >= DISTANCE_THRESHOLD, psi);
    }

    public static DriftResult categorical(String feature, String[] reference, String[] current) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String v : new TreeSet<>(Arrays.asList(nonNull(reference)))) {
            counts.put(v, new long[2]);
        }
        for (String v : nonNull(current)) {
            counts.putIfAbsent(v, new long[2]);
        }
        for (String v : nonNull(reference)) {
            counts.get(v)[0]++;
        }
        for (String v : nonNull(current)) {
            counts.get(v)[1]++;
        }
        int k = counts.size();
        double[] ref = new double[k];
        double[] cur = new double[k];
        int i = 0;
        for (long[] c : counts.values()) {
            ref[i] = c[0];
            cur[i] = c[1];
            i++;
        }
        double refTotal = Arrays.stream(ref).sum();
        double curTotal = Arrays.stream(cur).sum();
        if (refTotal == 0 || curTotal == 0) {
            throw new IllegalArgumentException(feature + ": drift needs values in both samples");
        }
        double[] refShare = Arrays.stream(ref).map(v -> v / refTotal).toArray();
        double[] curShare = Arrays.stream(cur).map(v -> v / curTotal).toArray();
        double psi = PopulationStabilityIndex.fromShares(refShare, curShare);
        if (refTotal <= SMALL_SAMPLE) {
            SignificanceResult chi = chiSquare(refShare, cur);
            return new DriftResult(feature, "chi_square", chi.getStatistic(), chi.getPValue(), P_THRESHOLD,
                    chi.getPValue() < P_THRESHOLD, psi);
        }
        double distance = Distances.jensenShannon(refShare, curShare);
        return new DriftResult(feature, "jensen_shannon", distance, Double.NaN, DISTANCE_THRESHOLD,
                distance >= DISTANCE_THRESHOLD, psi);
    }

    /**
     * χ² of the current counts against the counts the reference shares predict. A category the reference never saw
     * makes the expectation zero, which the test cannot take; it then gets the same small floor as PSI's empty bins.
     */
    static SignificanceResult chiSquare(double[] referenceShare, double[] currentCounts) {
        double total = Arrays.stream(currentCounts).sum();
        double[] expected = new double[referenceShare.length];
        long[] observed = new long[currentCounts.length];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = Math.max(referenceShare[i], PopulationStabilityIndex.EMPTY_SHARE) * total;
            observed[i] = (long) currentCounts[i];
        }
        return ChiSquareTest.withDefaults().test(expected, observed);
    }

    private static String[] nonNull(String[] values) {
        return Arrays.stream(values).filter(v -> v != null).toArray(String[]::new);
    }
}
