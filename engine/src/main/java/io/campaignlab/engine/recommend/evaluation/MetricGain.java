package io.campaignlab.engine.recommend.evaluation;

import java.util.Locale;

/**
 * One metric of a model against a baseline on the same units, with the paired bootstrap's interval of the
 * difference ({@link PairedBootstrap}).
 *
 * @param model     the model's mean
 * @param baseline  the baseline's mean
 * @param low       the difference's 95% lower end
 * @param high      the difference's 95% upper end
 * @param pValue    two-sided bootstrap p-value of "no difference"
 * @param resamples B
 * @param seed      the resampling seed
 */
public record MetricGain(double model, double baseline, double low, double high, double pValue, int resamples,
                         long seed) {

    /** model − baseline. */
    public double difference() {
        return model - baseline;
    }

    /** {@code 0.2170 vs 0.2610: −0.0440 (95% CI −0.052 to −0.036, p 0.002, paired bootstrap B = 1000)}. */
    public String describe() {
        return String.format(Locale.ROOT, "%.4f vs %.4f: %+.4f (95%% CI %+.4f to %+.4f, p %s, paired bootstrap B = %d)",
                model, baseline, difference(), low, high, pValue <= 2.0 / (resamples + 1) + 1e-12
                        ? String.format(Locale.ROOT, "≤ %.3g, the smallest B resamples can show", 2.0 / (resamples + 1))
                        : String.format(Locale.ROOT, "%.3f", pValue), resamples);
    }
}
