package io.campaignlab.engine.evaluation;

import java.util.Locale;

/**
 * DeLong's test of two correlated ROC AUCs, two models scored on the same rows (DeLong, DeLong &amp;
 * Clarke-Pearson 1988; pROC's {@code roc.test(method = "delong", paired = TRUE)}).
 *
 * @param aucA          the first model's AUC
 * @param aucB          the second model's AUC
 * @param standardError the standard error of {@code aucA − aucB}, from DeLong's covariance
 * @param low           the difference's lower 95% end
 * @param high          the difference's upper 95% end
 * @param z             {@code (aucA − aucB) / standardError}
 * @param pValue        two-sided p-value of "the AUCs are equal"
 * @param rows          the shared rows
 * @param positives     of which labelled 1
 */
public record PairedAucTest(double aucA, double aucB, double standardError, double low, double high, double z,
                            double pValue, long rows, long positives) {

    /** The significance level below which {@link #verdict()} calls a difference real. */
    public static final double ALPHA = 0.05;

    /** {@code aucA − aucB}. */
    public double difference() {
        return aucA - aucB;
    }

    /** Whether p &lt; {@link #ALPHA}. */
    public boolean significant() {
        return pValue < ALPHA;
    }

    /** One sentence: the difference, its interval, p, and whether it could be noise. */
    public String verdict() {
        String what = significant() ? "unlikely to be noise (p < 0.05)" : "could well be noise (p ≥ 0.05)";
        return String.format(Locale.ROOT, "AUC difference %+.4f (95%% CI %+.4f to %+.4f), DeLong paired z %.2f,"
                + " p %s: %s", difference(), low, high, z, pValueText(pValue), what);
    }

    /** A p-value to three significant figures, or {@code < 1e-16}. */
    public static String pValueText(double p) {
        return p < 1e-16 ? "< 1e-16" : String.format(Locale.ROOT, "%.3g", p);
    }
}
