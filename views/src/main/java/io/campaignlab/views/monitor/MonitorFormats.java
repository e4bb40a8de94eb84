package io.campaignlab.views.monitor;

import io.campaignlab.engine.monitor.ColumnDrift;
import io.campaignlab.engine.monitor.DriftKind;
import io.campaignlab.engine.monitor.DriftStatus;

import java.util.Locale;

/** How the Monitor section writes drift statistics. */
public final class MonitorFormats {

    private MonitorFormats() {
    }

    /** A statistic, distance or PSI: 0.1517; "—" for NaN. */
    public static String number(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** A p-value: 0.031, 2.4e-12; "—" for NaN (distance tests have none). */
    public static String pValue(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return value >= 0.001 ? String.format(Locale.ROOT, "%.3f", value) : String.format(Locale.ROOT, "%.1e", value);
    }

    /** The test, readable: KS, χ², Wasserstein (normed), Jensen–Shannon. */
    public static String test(String test) {
        return switch (test) {
            case "ks" -> "Kolmogorov–Smirnov";
            case "chi_square" -> "χ²";
            case "wasserstein_normed" -> "Wasserstein (normed)";
            case "jensen_shannon" -> "Jensen–Shannon";
            case "none" -> "—";
            default -> test;
        };
    }

    public static String kind(DriftKind kind) {
        return switch (kind) {
            case NUMERIC -> "numeric";
            case CATEGORICAL -> "category";
            case HOUR_OF_DAY -> "hour of day";
            case DAY_OF_WEEK -> "day of week";
        };
    }

    public static String status(DriftStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The decisive test and the other measures in one line, for under a chart. */
    public static String testLine(ColumnDrift drift) {
        if ("none".equals(drift.test())) {
            return drift.note().isEmpty() ? "Not tested." : drift.note();
        }
        boolean significance = !Double.isNaN(drift.pValue());
        String decided = significance
                ? String.format(Locale.ROOT, "%s %s, p = %s (alert below %s)", test(drift.test()),
                number(drift.statistic()), pValue(drift.pValue()), pValue(drift.threshold()))
                : String.format(Locale.ROOT, "%s %s (alert at %s)", test(drift.test()), number(drift.statistic()),
                trim(drift.threshold()));
        return String.format(Locale.ROOT, "%s: %s · PSI %s · JS %s", status(drift.status()), decided,
                number(drift.psi()), number(drift.jensenShannon()));
    }
}
