package io.campaignlab.views.explain;

import java.util.Locale;

/** How the Explain section writes scores, attributions and AUC drops. */
public final class ExplainFormats {

    private ExplainFormats() {
    }

    /** A probability or score: 0.3038; "—" for NaN. */
    public static String score(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** A signed push on the score: +0.0542, −0.0031, +0.00004; "0" for none. */
    public static String signed(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (value == 0) {
            return "0";
        }
        double abs = Math.abs(value);
        String digits = abs >= 0.001 ? String.format(Locale.ROOT, "%.4f", abs)
                : abs >= 0.00001 ? String.format(Locale.ROOT, "%.5f", abs) : tiny(abs);
        return (value < 0 ? "\u2212" : "+") + digits;
    }

    /** A spread or half-width: ± 0.0004. */
    public static String spread(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        double abs = Math.abs(value);
        return "\u00b1 " + (abs >= 0.001 || abs == 0 ? String.format(Locale.ROOT, "%.4f", abs)
                : abs >= 0.00001 ? String.format(Locale.ROOT, "%.5f", abs) : tiny(abs));
    }

    /** A positive number below 0.00001 with one significant digit, written out: 0.000008. */
    private static String tiny(double abs) {
        return new java.math.BigDecimal(abs).round(new java.math.MathContext(1)).toPlainString();
    }

    /** An AUC drop or weight with four decimals, signed only when negative: 0.0693, −0.0004. */
    public static String plain(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        String text = String.format(Locale.ROOT, "%.4f", value);
        return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
    }

    /** Shortens a long text with an ellipsis. */
    public static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "\u2026";
    }
}
