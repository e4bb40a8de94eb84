package io.campaignlab.engine.campaigns.ope;

/**
 * One estimate of a policy's value with its standard error and 95% interval.
 *
 * @param estimate      the estimated mean reward per unit under the policy
 * @param standardError its standard error
 * @param ciLow         estimate − 1.96 se
 * @param ciHigh        estimate + 1.96 se
 */
public record OffPolicyEstimate(double estimate, double standardError, double ciLow, double ciHigh) {

    /** The 97.5% quantile of the standard normal. */
    public static final double Z95 = 1.959963984540054;

    public static OffPolicyEstimate of(double estimate, double standardError) {
        return new OffPolicyEstimate(estimate, standardError, estimate - Z95 * standardError,
                estimate + Z95 * standardError);
    }

    /** The mean of per-unit terms with the CLT interval: se = the sample standard deviation (n − 1) over √n. */
    public static OffPolicyEstimate meanOf(double[] terms) {
        int n = terms.length;
        if (n < 2) {
            throw new IllegalArgumentException("an interval needs at least two units, found " + n);
        }
        double mean = 0;
        for (double t : terms) {
            mean += t;
        }
        mean /= n;
        double ss = 0;
        for (double t : terms) {
            ss += (t - mean) * (t - mean);
        }
        return of(mean, Math.sqrt(ss / (n - 1) / n));
    }

    /** Whether the interval holds a value. */
    public boolean covers(double value) {
        return ciLow <= value && value <= ciHigh;
    }
}
