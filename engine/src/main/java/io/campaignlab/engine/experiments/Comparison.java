package io.campaignlab.engine.experiments;

/**
 * One treatment arm against control on one metric.
 *
 * @param arm           the treatment arm
 * @param metric        the metric's name
 * @param kind          how it was compared
 * @param method        the interval method in words (for the readout's footnote)
 * @param nTreatment    units in the arm
 * @param nControl      units in control
 * @param meanTreatment the arm's mean (or ratio of sums)
 * @param meanControl   control's mean (or ratio of sums)
 * @param diff          meanTreatment − meanControl
 * @param se            the standard error of diff
 * @param ciLow         lower bound of the interval on diff
 * @param ciHigh        upper bound
 * @param pValue        the two-sided p-value of diff = 0
 * @param pAdjusted     the p-value after the readout's multiple-testing correction
 * @param relLift       meanTreatment / meanControl − 1
 * @param relCiLow      lower bound of the delta-method interval on relLift
 * @param relCiHigh     upper bound
 */
public record Comparison(String arm, String metric, MetricKind kind, String method, long nTreatment, long nControl,
                         double meanTreatment, double meanControl, double diff, double se, double ciLow,
                         double ciHigh, double pValue, double pAdjusted, double relLift, double relCiLow,
                         double relCiHigh) {

    public Comparison withAdjusted(double p) {
        return new Comparison(arm, metric, kind, method, nTreatment, nControl, meanTreatment, meanControl, diff, se,
                ciLow, ciHigh, pValue, p, relLift, relCiLow, relCiHigh);
    }

    /** Whether the adjusted p-value is below the level. */
    public boolean significant(double alpha) {
        return pAdjusted < alpha;
    }
}
