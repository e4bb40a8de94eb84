package io.campaignlab.engine.experiments;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Bayesian view of one arm against control.
 * <ul>
 *   <li>binary: Beta(1 + successes, 1 + failures) posteriors (uniform prior). P(p_T &gt; p_C) = ∫ f_C(x) (1 − F_T(x)) dx
 *       and the expected loss of shipping the treatment E[max(p_C − p_T, 0)] =
 *       ∫ f_T(t) [a_C / (a_C + b_C) (1 − I_t(a_C + 1, b_C)) − t (1 − I_t(a_C, b_C))] dt, both by composite Simpson
 *       integration over the range where the posteriors have mass — deterministic, no sampling;</li>
 *   <li>continuous: the difference is N(diff, se²) (flat prior, normal approximation): P = Φ(diff / se), expected
 *       loss se φ(diff / se) − diff Φ(−diff / se).</li>
 * </ul>
 *
 * @param arm               the treatment arm
 * @param metric            the metric
 * @param chanceToBeat      P(treatment &gt; control)
 * @param expectedLoss      E[max(control − treatment, 0)], in the metric's units
 * @param credibleLow       2.5% quantile of the difference (normal approximation for both kinds)
 * @param credibleHigh      97.5% quantile
 * @param posteriorA        control posterior parameters {α, β} (binary) or {mean, sd} (continuous)
 * @param posteriorB        treatment posterior parameters
 */
public record BayesianComparison(String arm, String metric, double chanceToBeat, double expectedLoss,
                                 double credibleLow, double credibleHigh, double[] posteriorA, double[] posteriorB) {

    private static final int INTERVALS = 4000;

    public static BayesianComparison binary(String arm, String metric, long successesT, long nT, long successesC,
                                            long nC) {
        double aT = 1 + successesT;
        double bT = 1 + nT - successesT;
        double aC = 1 + successesC;
        double bC = 1 + nC - successesC;
        BetaDistribution t = BetaDistribution.of(aT, bT);
        BetaDistribution c = BetaDistribution.of(aC, bC);
        BetaDistribution c1 = BetaDistribution.of(aC + 1, bC);
        double[] range = range(t, c);
        double chance = simpson(x -> c.density(x) * t.survivalProbability(x), range[0], range[1]);
        double meanC = aC / (aC + bC);
        double loss = simpson(x -> t.density(x) * (meanC * c1.survivalProbability(x) - x * c.survivalProbability(x)),
                range[0], range[1]);
        double diff = t.getMean() - c.getMean();
        double sd = Math.sqrt(t.getVariance() + c.getVariance());
        return new BayesianComparison(arm, metric, chance, Math.max(0, loss), diff - 1.959963984540054 * sd,
                diff + 1.959963984540054 * sd, new double[] {aC, bC}, new double[] {aT, bT});
    }

    public static BayesianComparison normal(String arm, String metric, MeanStats t, MeanStats c) {
        double diff = t.mean() - c.mean();
        double se = Math.sqrt(t.varianceOfMean() + c.varianceOfMean());
        NormalDistribution z = NormalDistribution.of(0, 1);
        double u = diff / se;
        double chance = z.cumulativeProbability(u);
        double loss = se * z.density(u) - diff * z.cumulativeProbability(-u);
        return new BayesianComparison(arm, metric, chance, loss, diff - 1.959963984540054 * se,
                diff + 1.959963984540054 * se, new double[] {c.mean(), Math.sqrt(c.varianceOfMean())},
                new double[] {t.mean(), Math.sqrt(t.varianceOfMean())});
    }

    /** Where both posteriors have mass: their means ± 12 sd, clipped to [0, 1]. */
    private static double[] range(BetaDistribution a, BetaDistribution b) {
        double sa = Math.sqrt(a.getVariance());
        double sb = Math.sqrt(b.getVariance());
        double lo = Math.min(a.getMean() - 12 * sa, b.getMean() - 12 * sb);
        double hi = Math.max(a.getMean() + 12 * sa, b.getMean() + 12 * sb);
        return new double[] {Math.max(0, lo), Math.min(1, hi)};
    }

    static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b) {
        double h = (b - a) / INTERVALS;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < INTERVALS; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }
}
