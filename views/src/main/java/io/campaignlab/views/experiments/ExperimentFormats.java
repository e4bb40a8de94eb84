package io.campaignlab.views.experiments;

import java.util.Locale;

/** How the Experiments section writes means, differences, intervals, p-values and shares. */
public final class ExperimentFormats {

    private ExperimentFormats() {
    }

    /** A mean or difference, with a true minus sign: 0.1063, −12.41, 1,204; "< 0.0001" for a tiny one. */
    public static String number(double v) {
        return plain(v).replace('-', '−');
    }

    private static String plain(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        if (a < 0.0001) {
            return v > 0 ? "< 0.0001" : "> −0.0001";
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** A signed difference: +0.0123, −0.41. */
    public static String signed(double v) {
        String s = number(v);
        return Double.isNaN(v) || v < 0 || s.equals("0") ? s : "+" + s;
    }

    /** A difference with its interval: +0.0123 [0.0021, 0.0225]. */
    public static String interval(double value, double low, double high) {
        return signed(value) + " [" + number(low) + ", " + number(high) + "]";
    }

    /** A difference over its interval, on two lines (for a table cell). */
    public static String stacked(double value, double low, double high) {
        return signed(value) + "\n[" + number(low) + ", " + number(high) + "]";
    }

    /** A relative lift over its interval, on two lines: +12.3% / [2.1, 22.5]. */
    public static String stackedPercent(double value, double low, double high) {
        return percentInterval(value, low, high).replaceFirst(" \\[", "\n[");
    }

    /** A signed percentage of a fraction: +12.3%. */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%+.1f%%", 100 * fraction).replace('-', '−');
    }

    /** A relative lift with its interval: +12.3% [2.1, 22.5]. */
    public static String percentInterval(double value, double low, double high) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "—";
        }
        return percent(value) + String.format(Locale.ROOT, " [%.1f, %.1f]", 100 * low, 100 * high).replace('-', '−');
    }

    /** A share without sign: 35.2%. */
    public static String share(double fraction) {
        return Double.isNaN(fraction) ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /** A p-value: 0.031, 0.0004, "< 0.0001" below that (no scientific notation); "—" for NaN. */
    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "—";
        }
        if (p < 0.0001) {
            return "< 0.0001";
        }
        return p >= 0.001 ? String.format(Locale.ROOT, "%.3f", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    /** "p = 0.031", or "p < 0.0001". */
    public static String pIs(double p) {
        String v = pValue(p);
        return v.startsWith("<") ? "p " + v : "p = " + v;
    }

    /** A count: 1,667. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
