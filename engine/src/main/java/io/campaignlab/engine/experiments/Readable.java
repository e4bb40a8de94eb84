package io.campaignlab.engine.experiments;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as a marketer reads them, never in scientific notation: tiny magnitudes as {@code < 0.0001}, others with
 * three significant digits (at most four decimals), whole numbers from 1,000 on, thousands grouped; percentages and percentage points.
 */
public final class Readable {

    /** Below this magnitude a number reads as "< 0.0001". */
    public static final double FLOOR = 1e-4;

    private Readable() {
    }

    /** 0.0812 → "0.0812", 1234.5 → "1,235", 7.76e-19 → "< 0.0001", -3e-7 → "> -0.0001", 0 → "0". */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) < FLOOR) {
            return v > 0 ? "< 0.0001" : "> -0.0001";
        }
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3, RoundingMode.HALF_EVEN));
        if (d.scale() > 4) {
            d = d.setScale(4, RoundingMode.HALF_EVEN);
        }
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** Money or a per-unit amount: two decimals, thousands grouped (1234.5 → "1,234.50"); tiny as "< 0.01". */
    public static String amount(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (v != 0 && Math.abs(v) < 0.005) {
            return v > 0 ? "< 0.01" : "> -0.01";
        }
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    /** A share as a percentage with one decimal (0.0913 → "9.1%"); tiny as "< 0.1%". */
    public static String percent(double share) {
        if (Double.isNaN(share)) {
            return "n/a";
        }
        if (share != 0 && Math.abs(share) < 0.0005) {
            return share > 0 ? "< 0.1%" : "> -0.1%";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** A probability for people: "< 0.0001", "0.023", "0.41"; "> 0.9999" near one. */
    public static String probability(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        if (p > 1 - FLOOR && p < 1) {
            return "> 0.9999";
        }
        return number(p);
    }
}
