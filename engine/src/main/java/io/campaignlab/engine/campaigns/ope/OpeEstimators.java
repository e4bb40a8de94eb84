package io.campaignlab.engine.campaigns.ope;

/**
 * The three estimators of a target policy's value, with their intervals; the formulas are in the package's
 * documentation. The target policy is given as {@code target[i][a]} = π(a | x_i), each row summing to 1.
 */
public final class OpeEstimators {

    private OpeEstimators() {
    }

    /** Inverse propensity scoring: the mean of w_i r_i, with the CLT interval. Unbiased under known propensities. */
    public static OffPolicyEstimate ips(LoggedBandit log, double[][] target) {
        double[] w = log.weights(target);
        double[] terms = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            terms[i] = w[i] * log.reward()[i];
        }
        return OffPolicyEstimate.meanOf(terms);
    }

    /**
     * Self-normalised IPS, Σ w r / Σ w, with the delta-method standard error of a ratio of means:
     * se² = Σ (w_i (r_i − V))² / (n (n − 1)) / w̄².
     */
    public static OffPolicyEstimate snips(LoggedBandit log, double[][] target) {
        double[] w = log.weights(target);
        int n = w.length;
        if (n < 2) {
            throw new IllegalArgumentException("an interval needs at least two units, found " + n);
        }
        double sw = 0;
        double swr = 0;
        for (int i = 0; i < n; i++) {
            sw += w[i];
            swr += w[i] * log.reward()[i];
        }
        if (!(sw > 0)) {
            throw new IllegalArgumentException("the policy never chooses the arm any unit was logged with; nothing"
                    + " in the log tells what it would earn");
        }
        double value = swr / sw;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double t = w[i] * (log.reward()[i] - value);
            ss += t * t;
        }
        double meanWeight = sw / n;
        return OffPolicyEstimate.of(value, Math.sqrt(ss / ((double) n * (n - 1))) / meanWeight);
    }

    /**
     * Doubly robust: the direct method's Σ_a π(a | x_i) q̂(x_i, a) plus the importance-weighted residual of the
     * logged arm, averaged, with the CLT interval. {@code predicted[i][a]} must be cross-fitted (not fitted on unit
     * i) for the interval to hold.
     */
    public static OffPolicyEstimate doublyRobust(LoggedBandit log, double[][] target, double[][] predicted) {
        double[] w = log.weights(target);
        double[] terms = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            int a = log.arm()[i];
            terms[i] = direct(target[i], predicted[i]) + w[i] * (log.reward()[i] - predicted[i][a]);
        }
        return OffPolicyEstimate.meanOf(terms);
    }

    /** The direct method: the mean over units of Σ_a π(a | x_i) q̂(x_i, a). No interval (it ignores model error). */
    public static double directMethod(double[][] target, double[][] predicted) {
        double s = 0;
        for (int i = 0; i < target.length; i++) {
            s += direct(target[i], predicted[i]);
        }
        return s / target.length;
    }

    /** Kish's effective sample size of the importance weights, (Σ w)² / Σ w². */
    public static double effectiveSampleSize(LoggedBandit log, double[][] target) {
        double s = 0;
        double s2 = 0;
        for (double w : log.weights(target)) {
            s += w;
            s2 += w * w;
        }
        return s2 == 0 ? 0 : s * s / s2;
    }

    private static double direct(double[] pi, double[] q) {
        double s = 0;
        for (int a = 0; a < pi.length; a++) {
            s += pi[a] * q[a];
        }
        return s;
    }
}
