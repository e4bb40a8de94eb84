package io.campaignlab.engine.experiments;

import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.SignificanceResult;

import java.util.List;

/**
 * The sample-ratio-mismatch check: Pearson's χ² goodness of fit of the units per arm against the configured
 * allocation. A p-value below {@value #ALARM_P} means the assignment is broken and every readout is suspect.
 *
 * @param arms     the arm labels
 * @param counts   units per arm
 * @param expected expected units per arm under the allocation
 * @param chi2     the statistic, Σ (observed − expected)² / expected
 * @param p        its p-value with arms − 1 degrees of freedom
 */
public record SampleRatioCheck(List<String> arms, long[] counts, double[] expected, double chi2, double p) {

    /** The p-value below which the readout is blocked until acknowledged (the usual 0.001). */
    public static final double ALARM_P = 0.001;

    /**
     * @param arms   arm labels
     * @param counts observed units per arm
     * @param shares the configured allocation, one weight per arm (need not sum to 1)
     */
    public static SampleRatioCheck of(List<String> arms, long[] counts, double[] shares) {
        if (arms.size() != counts.length || counts.length != shares.length || counts.length < 2) {
            throw new IllegalArgumentException("the sample-ratio check needs at least two arms and one allocation"
                    + " share per arm");
        }
        long total = 0;
        double shareSum = 0;
        for (int i = 0; i < counts.length; i++) {
            total += counts[i];
            if (!(shares[i] > 0)) {
                throw new IllegalArgumentException("allocation share of arm " + arms.get(i) + " must be > 0");
            }
            shareSum += shares[i];
        }
        double[] expected = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            expected[i] = total * shares[i] / shareSum;
        }
        SignificanceResult r = ChiSquareTest.withDefaults().test(expected, counts);
        return new SampleRatioCheck(List.copyOf(arms), counts.clone(), expected, r.getStatistic(), r.getPValue());
    }

    /** Whether the check fails (p &lt; {@value #ALARM_P}). */
    public boolean mismatch() {
        return p < ALARM_P;
    }
}
