package io.campaignlab.engine.evaluation;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * DeLong's variance of the ROC AUC (DeLong, DeLong &amp; Clarke-Pearson, Biometrics 44:837, 1988), computed with Sun
 * &amp; Xu's fast algorithm (IEEE Signal Processing Letters 21:1389, 2014) in O(n log n) from midranks.
 *
 * <p>With m positives X and n negatives Y, Tz the midranks of all scores, Tx those among the positives and Ty those
 * among the negatives, the placement values are V10ᵢ = (Tzᵢ − Txᵢ)/n for each positive and V01ⱼ = 1 − (Tzⱼ −
 * Tyⱼ)/m for each negative. The AUC is the mean of V10; its variance is S10/m + S01/n, S10 and S01 the sample
 * variances (divisor m − 1, n − 1) of the placement values; for two models on the same rows, the covariances
 * likewise. This is pROC's {@code var(roc, method = "delong")}.
 */
public final class DeLong {

    /** The default confidence level. */
    public static final double LEVEL = 0.95;

    private static final NormalDistribution Z = NormalDistribution.of(0, 1);

    private DeLong() {
    }

    /** The AUC of {@code scores} with its DeLong interval at {@code level}. */
    public static AucInterval interval(double[] scores, int[] labels, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the confidence level must lie in (0, 1), not " + level);
        }
        Placements p = Placements.of(scores, labels);
        double variance = p.variance(p);
        double se = Math.sqrt(variance);
        double z = Z.inverseCumulativeProbability(0.5 + level / 2);
        double auc = p.auc();
        return new AucInterval(auc, se, Math.max(0, auc - z * se), Math.min(1, auc + z * se), level);
    }

    /** The AUC with its 95% DeLong interval. */
    public static AucInterval interval(double[] scores, int[] labels) {
        return interval(scores, labels, LEVEL);
    }

    /**
     * DeLong's paired test of two models' scores on the same rows, in the same order.
     *
     * @throws IllegalArgumentException when the score arrays differ in length from each other or the labels
     */
    public static PairedAucTest paired(double[] scoresA, double[] scoresB, int[] labels) {
        if (scoresA.length != scoresB.length) {
            throw new IllegalArgumentException("the two models scored " + scoresA.length + " and " + scoresB.length
                    + " rows; a paired test needs the same rows");
        }
        Placements a = Placements.of(scoresA, labels);
        Placements b = Placements.of(scoresB, labels);
        double variance = a.variance(a) + b.variance(b) - 2 * a.variance(b);
        double se = Math.sqrt(Math.max(0, variance));
        double difference = a.auc() - b.auc();
        double z = se == 0 ? (difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference))
                : difference / se;
        double p = 2 * Z.survivalProbability(Math.abs(z));
        double half = Z.inverseCumulativeProbability(0.5 + LEVEL / 2) * se;
        return new PairedAucTest(a.auc(), b.auc(), se, difference - half, difference + half, z, p,
                labels.length, BinaryInput.positives(labels));
    }

    /** The placement values of one model's scores; positives and negatives in row order. */
    private record Placements(double[] v10, double[] v01) {

        static Placements of(double[] scores, int[] labels) {
            BinaryInput.check(scores, labels);
            BinaryInput.requireBothClasses(labels, "AUC");
            int m = (int) BinaryInput.positives(labels);
            int n = labels.length - m;
            double[] x = new double[m];
            double[] y = new double[n];
            for (int i = 0, px = 0, ny = 0; i < labels.length; i++) {
                if (labels[i] == 1) {
                    x[px++] = scores[i];
                } else {
                    y[ny++] = scores[i];
                }
            }
            double[] tz = midranks(scores);
            double[] tx = midranks(x);
            double[] ty = midranks(y);
            double[] v10 = new double[m];
            double[] v01 = new double[n];
            for (int i = 0, px = 0, ny = 0; i < labels.length; i++) {
                if (labels[i] == 1) {
                    v10[px] = (tz[i] - tx[px]) / n;
                    px++;
                } else {
                    v01[ny] = 1 - (tz[i] - ty[ny]) / m;
                    ny++;
                }
            }
            return new Placements(v10, v01);
        }

        double auc() {
            return mean(v10);
        }

        /** Cov(this AUC, other AUC) = S10/m + S01/n. */
        double variance(Placements other) {
            return covariance(v10, other.v10) / v10.length + covariance(v01, other.v01) / v01.length;
        }
    }

    /** Ascending 1-based ranks, ties given the mean of the ranks they span. */
    static double[] midranks(double[] values) {
        int[] order = DescendingOrder.of(values);
        int size = values.length;
        double[] ranks = new double[size];
        int start = 0;
        while (start < size) {
            int end = start;
            while (end < size && values[order[end]] == values[order[start]]) {
                end++;
            }
            // descending positions start..end-1 are ascending ranks size-end+1 .. size-start; their mean:
            double rank = size - (start + end - 1) / 2.0;
            for (int k = start; k < end; k++) {
                ranks[order[k]] = rank;
            }
            start = end;
        }
        return ranks;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double covariance(double[] a, double[] b) {
        if (a.length < 2) {
            return 0;
        }
        double meanA = mean(a);
        double meanB = mean(b);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }
        return sum / (a.length - 1);
    }
}
