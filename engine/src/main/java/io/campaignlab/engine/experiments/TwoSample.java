package io.campaignlab.engine.experiments;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.TTest;

/**
 * The per-metric comparisons of one arm against control, at confidence level {@code 1 − alpha}:
 * <ul>
 *   <li>binary: unpooled Wald, se = √(p_T(1 − p_T)/n_T + p_C(1 − p_C)/n_C); the p-value is the two-sided z-test on
 *       the same standard error, so the interval excludes 0 exactly when p &lt; alpha;</li>
 *   <li>continuous: Welch's t with Welch–Satterthwaite degrees of freedom (interval and p-value);</li>
 *   <li>ratio (Σ numerator / Σ denominator per arm, units independent): each arm's ratio R = ȳ / x̄ has the
 *       delta-method variance (s_y² − 2 R s_xy + R² s_x²) / (n x̄²), and the difference is compared by z;</li>
 *   <li>relative lift m_T / m_C − 1 always by the delta method: Var ≈ V_T / m_C² + m_T² V_C / m_C⁴, with V the
 *       variance of each arm's estimate, and a normal interval.</li>
 * </ul>
 */
public final class TwoSample {

    private static final NormalDistribution Z = NormalDistribution.of(0, 1);

    private TwoSample() {
    }

    /** The two-sided normal quantile z_{1 − alpha/2}. */
    public static double z(double alpha) {
        return Z.inverseSurvivalProbability(alpha / 2);
    }

    /** Two-sided normal p-value of a z statistic. */
    public static double normalP(double z) {
        return Double.isNaN(z) ? Double.NaN : 2 * Z.survivalProbability(Math.abs(z));
    }

    public static Comparison binary(String arm, String metric, MeanStats t, MeanStats c, double alpha) {
        double pt = t.mean();
        double pc = c.mean();
        double vt = pt * (1 - pt) / t.n();
        double vc = pc * (1 - pc) / c.n();
        double diff = pt - pc;
        double se = Math.sqrt(vt + vc);
        double z = z(alpha);
        double[] rel = relative(pt, vt, pc, vc, alpha);
        return new Comparison(arm, metric, MetricKind.BINARY, "unpooled Wald z", t.n(), c.n(), pt, pc, diff, se,
                diff - z * se, diff + z * se, normalP(diff / se), normalP(diff / se), rel[0], rel[1], rel[2]);
    }

    public static Comparison welch(String arm, String metric, MeanStats t, MeanStats c, double alpha) {
        double vt = t.varianceOfMean();
        double vc = c.varianceOfMean();
        double diff = t.mean() - c.mean();
        double se = Math.sqrt(vt + vc);
        double p;
        double q;
        if (se > 0) {
            TTest.Result r = TTest.withDefaults().test(t.mean(), t.variance(), t.n(), c.mean(), c.variance(), c.n());
            p = r.getPValue();
            q = TDistribution.of(r.getDegreesOfFreedom()).inverseSurvivalProbability(alpha / 2);
        } else {
            p = Double.NaN;
            q = z(alpha);
        }
        double[] rel = relative(t.mean(), vt, c.mean(), vc, alpha);
        return new Comparison(arm, metric, MetricKind.CONTINUOUS, "Welch t", t.n(), c.n(), t.mean(), c.mean(), diff,
                se, diff - q * se, diff + q * se, p, p, rel[0], rel[1], rel[2]);
    }

    /** A ratio metric from each unit's numerator and denominator (for example revenue and visits). */
    public static Comparison ratio(String arm, String metric, double[] yT, double[] xT, double[] yC, double[] xC,
                                   double alpha) {
        double[] t = ratioEstimate(yT, xT);
        double[] c = ratioEstimate(yC, xC);
        double diff = t[0] - c[0];
        double se = Math.sqrt(t[1] + c[1]);
        double z = z(alpha);
        double[] rel = relative(t[0], t[1], c[0], c[1], alpha);
        return new Comparison(arm, metric, MetricKind.RATIO, "delta method z", (long) t[2], (long) c[2], t[0], c[0],
                diff, se, diff - z * se, diff + z * se, normalP(diff / se), normalP(diff / se), rel[0], rel[1],
                rel[2]);
    }

    /** {ratio, its delta-method variance, units} over the units where both values are present. */
    static double[] ratioEstimate(double[] y, double[] x) {
        long n = 0;
        double sy = 0;
        double sx = 0;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(y[i]) && !Double.isNaN(x[i])) {
                n++;
                sy += y[i];
                sx += x[i];
            }
        }
        double my = sy / n;
        double mx = sx / n;
        double vyy = 0;
        double vxx = 0;
        double vxy = 0;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(y[i]) && !Double.isNaN(x[i])) {
                double dy = y[i] - my;
                double dx = x[i] - mx;
                vyy += dy * dy;
                vxx += dx * dx;
                vxy += dx * dy;
            }
        }
        vyy /= n - 1;
        vxx /= n - 1;
        vxy /= n - 1;
        double r = my / mx;
        double var = (vyy - 2 * r * vxy + r * r * vxx) / (n * mx * mx);
        return new double[] {r, var, n};
    }

    /** {relative lift, low, high} by the delta method from each arm's estimate and its variance. */
    static double[] relative(double mt, double vt, double mc, double vc, double alpha) {
        if (mc == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double rel = mt / mc - 1;
        double se = Math.sqrt(vt / (mc * mc) + mt * mt * vc / (mc * mc * mc * mc));
        double z = z(alpha);
        return new double[] {rel, rel - z * se, rel + z * se};
    }
}
