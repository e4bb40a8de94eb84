package io.campaignlab.engine.campaigns.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Forecasts a campaign from per-user inputs. Point estimates are sums over the audience: incremental conversions
 * Σ uplift, revenue Σ uplift × order value, margin Σ uplift × order value × margin rate, cost Σ (grant cost +
 * P(convert | offer) × cost per conversion), ROI = margin / cost.
 *
 * <p>Intervals are bootstrap percentiles (2.5% and 97.5%, linear interpolation between order statistics): each
 * replicate draws the audience's users with replacement, as many as it has, from a seeded stream. That is the
 * uncertainty of an audience of this size drawn from the same population. When the caller also passes the scores of
 * uplift models refitted on bootstrap resamples of their training data ({@code upliftReplicates}, K vectors over the
 * same users), replicate b uses vector b mod K in place of the point uplift, so the intervals hold the uplift model's
 * own uncertainty too (it is correlated across users, which resampling users alone cannot show), and the point
 * estimates use each user's uplift averaged over the refitted models (bagging). That matters when the point model
 * chose the audience: its own scores on the users it ranked highest are biased upward (the winner's curse), and
 * models fitted on other resamples share less of that noise. Outcome noise (a given user converting or not) is not
 * part of a forecast of expected totals.
 */
public final class Forecaster {

    /** Bootstrap replicates unless told otherwise: percentile ends to about ±0.5% of the half-width's scale. */
    public static final int DEFAULT_REPLICATES = 2_000;

    private static final double LOW = 0.025;
    private static final double HIGH = 0.975;

    private Forecaster() {
    }

    /** The forecast with user resampling only. */
    public static CampaignForecast forecast(AudienceInputs audience, int replicates, long seed) {
        return forecast(audience, List.of(), replicates, seed);
    }

    /**
     * @param upliftReplicates uplift scores of refitted models for the same users (empty for user resampling only);
     *                         when given, they replace the audience's point uplift in the estimates too
     */
    public static CampaignForecast forecast(AudienceInputs audience, List<double[]> upliftReplicates, int replicates,
                                            long seed) {
        return forecast(audience, upliftReplicates, null, replicates, seed);
    }

    /**
     * @param corrections per-user terms added to the sums (a doubly robust correction from randomized outcomes), or
     *                    null for none; resampled with their users
     */
    public static CampaignForecast forecast(AudienceInputs audience, List<double[]> upliftReplicates,
                                            Corrections corrections, int replicates, long seed) {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1, was " + replicates);
        }
        int n = audience.users();
        for (double[] r : upliftReplicates) {
            if (r.length != n) {
                throw new IllegalArgumentException("each uplift replicate needs one score per user (" + n + ")");
            }
        }
        double[] point = totals(audience, upliftReplicates.isEmpty() ? audience.uplift() : bagged(upliftReplicates),
                corrections, null);
        double[][] draws = new double[4][replicates];
        SplittableRandom rng = new SplittableRandom(seed);
        int[] sample = new int[n];
        for (int b = 0; b < replicates; b++) {
            for (int i = 0; i < n; i++) {
                sample[i] = rng.nextInt(n);
            }
            double[] uplift = upliftReplicates.isEmpty() ? audience.uplift()
                    : upliftReplicates.get(b % upliftReplicates.size());
            double[] t = totals(audience, uplift, corrections, sample);
            for (int k = 0; k < 4; k++) {
                draws[k][b] = t[k];
            }
        }
        double[] roi = new double[replicates];
        for (int b = 0; b < replicates; b++) {
            roi[b] = ratio(draws[2][b], draws[3][b]);
        }
        String uncertainty = "bootstrap over " + n + " users, " + replicates + " replicates"
                + (upliftReplicates.isEmpty() ? "" : ", each with one of " + upliftReplicates.size()
                + " refitted uplift models") + (corrections == null ? "" : ", " + corrections.what());
        return new CampaignForecast(n, interval(point[0], draws[0]), interval(point[1], draws[1]),
                interval(point[2], draws[2]), interval(point[3], draws[3]),
                interval(ratio(point[2], point[3]), roi), uncertainty);
    }

    /**
     * Per-user terms added to a forecast's sums, one per user of its audience: a doubly robust correction, from the
     * users' randomized outcomes, of what a model predicted for them.
     *
     * @param what what the corrections are, in words, for the intervals' description
     */
    public record Corrections(double[] conversions, double[] revenue, double[] margin, double[] cost, String what) {

        /** The element-wise sum of several corrections of the same users (null ones left out; null when none). */
        static Corrections sum(List<Corrections> parts, int n) {
            List<Corrections> given = parts.stream().filter(java.util.Objects::nonNull).toList();
            if (given.isEmpty()) {
                return null;
            }
            double[][] out = new double[4][n];
            for (Corrections c : given) {
                double[][] v = {c.conversions, c.revenue, c.margin, c.cost};
                for (int k = 0; k < 4; k++) {
                    for (int i = 0; i < n; i++) {
                        out[k][i] += v[k][i];
                    }
                }
            }
            return new Corrections(out[0], out[1], out[2], out[3], given.get(0).what());
        }
    }

    /** Each user's uplift averaged over the refitted models. */
    static double[] bagged(List<double[]> replicates) {
        double[] out = new double[replicates.get(0).length];
        for (double[] r : replicates) {
            for (int i = 0; i < out.length; i++) {
                out[i] += r[i] / replicates.size();
            }
        }
        return out;
    }

    /** {conversions, revenue, margin, cost} summed over the sample (every user once when null). */
    private static double[] totals(AudienceInputs a, double[] uplift, Corrections c, int[] sample) {
        double conversions = 0;
        double revenue = 0;
        double margin = 0;
        double cost = 0;
        int n = a.users();
        for (int k = 0; k < n; k++) {
            int i = sample == null ? k : sample[k];
            double value = uplift[i] * a.orderValue()[i];
            conversions += uplift[i];
            revenue += value;
            margin += value * a.marginRate()[i];
            cost += a.cost(i);
            if (c != null) {
                conversions += c.conversions()[i];
                revenue += c.revenue()[i];
                margin += c.margin()[i];
                cost += c.cost()[i];
            }
        }
        return new double[]{conversions, revenue, margin, cost};
    }

    private static double ratio(double margin, double cost) {
        return cost > 0 ? margin / cost : Double.NaN;
    }

    private static Interval interval(double estimate, double[] draws) {
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        return new Interval(estimate, quantile(sorted, LOW), quantile(sorted, HIGH));
    }

    /** The q-quantile of sorted values, interpolating linearly (R's type 7, numpy's default). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
