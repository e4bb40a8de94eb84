package io.campaignlab.engine.uplift;

import java.util.List;

/**
 * A fitted uplift model's evaluation on the held-out units, and its scores.
 *
 * @param runId             the run it is recorded under (−1 in memory)
 * @param spec              what was fitted
 * @param trainUnits        units fitted on (validation included)
 * @param testUnits         held-out units
 * @param treatedShare      the treated share of all units
 * @param qini              the normalised Qini coefficient on the test units (see {@link UpliftCurves})
 * @param auuc              the normalised area under the uplift curve
 * @param upliftAt          uplift@k by group for k = 10%, 20%, …, 50% (index 0 = 10%)
 * @param qiniCurve         the Qini curve on the test units, thinned for plotting
 * @param upliftCurve       the uplift curve, thinned
 * @param perfectQiniCurve  the perfect ranking's Qini curve, thinned
 * @param deciles           the observed uplift per decile of predicted uplift
 * @param observedAte       treated minus control response rate on the test units (the random line's slope)
 * @param truthCorrelation  Pearson correlation of the predicted with the planted uplift on the test units (NaN
 *                          without a truth column)
 * @param warnings          caveats, for example an allocation far from 50/50 for class transformation
 * @param scoresDataset     where the per-unit scores were written (null in memory)
 * @param seconds           the wall time
 */
public record UpliftResult(long runId, UpliftSpec spec, int trainUnits, int testUnits, double treatedShare,
                           double qini, double auuc, double[] upliftAt, UpliftCurves.Curve qiniCurve,
                           UpliftCurves.Curve upliftCurve, UpliftCurves.Curve perfectQiniCurve,
                           List<UpliftCurves.DecileUplift> deciles, double observedAte, double truthCorrelation,
                           List<String> warnings, String scoresDataset, double seconds) {

    /** The report kind under which uplift results are stored with their run. */
    public static final String KIND = "uplift";

    /** uplift@30%. */
    public double upliftAt30() {
        return upliftAt[2];
    }
}
