package io.campaignlab.engine.evaluation;

import java.util.Locale;

/**
 * A ROC AUC with its DeLong standard error and a two-sided normal interval, as pROC's {@code ci.auc(method =
 * "delong")} gives it: AUC ± z·SE, clipped to [0, 1].
 *
 * @param auc           the AUC (ties counting one half)
 * @param standardError DeLong's standard error
 * @param low           the interval's lower end
 * @param high          the interval's upper end
 * @param level         the confidence level, e.g. 0.95
 */
public record AucInterval(double auc, double standardError, double low, double high, double level) {

    /** {@code 0.745 (95% CI 0.716–0.774)}. */
    public String describe() {
        return String.format(Locale.ROOT, "%.3f (%s)", auc, range());
    }

    /** {@code 95% CI 0.716–0.774}. */
    public String range() {
        return String.format(Locale.ROOT, "%.0f%% CI %.3f–%.3f", 100 * level, low, high);
    }
}
