package io.campaignlab.engine.monitor;

import io.campaignlab.engine.evaluation.AucInterval;
import io.campaignlab.engine.evaluation.BinaryEvaluation;
import io.campaignlab.engine.evaluation.Calibration;
import io.campaignlab.engine.evaluation.CalibrationBin;
import io.campaignlab.engine.evaluation.DeLong;
import io.campaignlab.engine.evaluation.PairedAucTest;
import org.apache.commons.statistics.distribution.NormalDistribution;

import java.util.Locale;

/**
 * Performance drift, the signal that matters: the model's AUC and calibration on the current (labelled) sample
 * against its held-out test evaluation. Feature drift says the inputs moved; this says whether the model got worse.
 *
 * <ul>
 *   <li>AUC: each with its 95% DeLong interval; the change tested as two independent AUCs, z = (current − test) /
 *       √(SE²current + SE²test), two-sided. Alert when the AUC fell with p &lt; 0.05.</li>
 *   <li>Calibration: the mean predicted probability against the observed rate, z = (observed − predicted) /
 *       √(predicted·(1 − predicted)/n) (a binomial count around the predicted rate); alert when |z| &gt; 1.96 and
 *       the observed rate is off by more than a tenth of the predicted (a practically visible miscalibration).
 *       ECE over ten equal-width bins beside the test's.</li>
 * </ul>
 *
 * @param testAuc           the run's test AUC with its interval; null when the test evaluation has none stored
 * @param currentAuc        the current sample's AUC with its interval
 * @param aucPValue         p of "the AUC did not change"; NaN without the test interval
 * @param aucStatus         alert when the AUC fell significantly
 * @param testEce           the test ECE
 * @param currentEce        the current ECE
 * @param meanPredicted     the current mean score
 * @param observedRate      the current share of positive labels
 * @param calibrationZ      the calibration z above
 * @param calibrationStatus alert when the mean score misses the observed rate
 * @param rows              current rows
 */
public record PerformanceDrift(AucInterval testAuc, AucInterval currentAuc, double aucPValue, DriftStatus aucStatus,
                               double testEce, double currentEce, double meanPredicted, double observedRate,
                               double calibrationZ, DriftStatus calibrationStatus, long rows) {

    private static final NormalDistribution Z = NormalDistribution.of(0, 1);
    private static final double CRITICAL = 1.959963984540054;
    private static final double RELATIVE_MISS = 0.1;

    /**
     * The performance drift of {@code scores} on the current {@code labels} against the run's test evaluation; null
     * when the current sample lacks labels or one class.
     */
    public static PerformanceDrift of(BinaryEvaluation test, double[] scores, int[] labels) {
        if (labels == null || scores.length != labels.length) {
            return null;
        }
        long positives = 0;
        double predicted = 0;
        for (int i = 0; i < labels.length; i++) {
            positives += labels[i];
            predicted += scores[i];
        }
        if (positives == 0 || positives == labels.length) {
            return null;
        }
        AucInterval current = DeLong.interval(scores, labels);
        AucInterval reference = test == null ? null : test.aucInterval();
        double p = Double.NaN;
        DriftStatus aucStatus = DriftStatus.OK;
        if (reference != null) {
            double se = Math.hypot(current.standardError(), reference.standardError());
            double z = se == 0 ? 0 : (current.auc() - reference.auc()) / se;
            p = 2 * Z.survivalProbability(Math.abs(z));
            aucStatus = z < 0 && p < PairedAucTest.ALPHA ? DriftStatus.ALERT : DriftStatus.OK;
        }
        int n = labels.length;
        double mean = predicted / n;
        double observed = (double) positives / n;
        double calibrationZ = (observed - mean) / Math.sqrt(Math.max(mean * (1 - mean), 1e-12) / n);
        boolean missed = Math.abs(calibrationZ) > CRITICAL && Math.abs(observed - mean) > RELATIVE_MISS * mean;
        double[] clipped = new double[n];
        for (int i = 0; i < n; i++) {
            clipped[i] = Math.min(1, Math.max(0, scores[i]));
        }
        return new PerformanceDrift(reference, current, p, aucStatus,
                test == null ? Double.NaN : test.expectedCalibrationError(),
                Calibration.equalWidth(clipped, labels).expectedCalibrationError(), mean, observed, calibrationZ,
                missed ? DriftStatus.ALERT : DriftStatus.OK, n);
    }

    /** The test evaluation's mean predicted probability, from its calibration bins; NaN when unknown. */
    public static double meanPredicted(BinaryEvaluation test) {
        double sum = 0;
        long count = 0;
        for (CalibrationBin b : test.calibrationBins()) {
            if (!b.isEmpty()) {
                sum += b.meanPredicted() * b.count();
                count += b.count();
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** One line on the AUC: {@code AUC 0.719 (95% CI 0.70–0.74) vs test 0.713 (…): p 0.61, no drop}. */
    public String aucLine() {
        String test = testAuc == null ? "no stored test interval" : "test " + testAuc.describe();
        String verdict = aucStatus == DriftStatus.ALERT ? "a significant drop"
                : Double.isNaN(aucPValue) ? "not tested" : "no significant drop";
        return String.format(Locale.ROOT, "AUC %s vs %s: p %s, %s", currentAuc.describe(), test,
                Double.isNaN(aucPValue) ? "—" : PairedAucTest.pValueText(aucPValue), verdict);
    }

    /** One line on calibration: mean predicted against observed, z, ECE against the test's. */
    public String calibrationLine() {
        return String.format(Locale.ROOT, "calibration: mean predicted %.4f vs observed %.4f (z %.2f, %s); ECE %.4f"
                + " (test %.4f)", meanPredicted, observedRate, calibrationZ,
                calibrationStatus == DriftStatus.ALERT ? "miscalibrated" : "within noise", currentEce, testEce);
    }
}
