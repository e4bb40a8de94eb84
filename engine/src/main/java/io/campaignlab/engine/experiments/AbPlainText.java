package io.campaignlab.engine.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The A/B readout in sentences: what each arm did to each metric with its interval ("coupon_20 raised converted by
 * 2.2 points (95% CI 0.2–4.1)"), the Bayesian view in readable numbers, and, when costs are given, the net effect
 * on revenue per unit and the return on the money spent. The numbers are the readout's own; this only words them.
 * An interval that holds 0 is read as "not distinguishable from no change", whatever the point estimate says.
 */
public final class AbPlainText {

    /** How the Bayesian sentences begin. */
    public static final String BAYESIAN = "Bayesian view: ";

    private AbPlainText() {
    }

    /** One sentence per line; the sample-ratio warning first when the assignment is broken. */
    public static List<String> sentences(AbReadout r, List<NetValue> values) {
        List<String> out = new ArrayList<>();
        String level = level(r.spec().alpha());
        if (r.blocked()) {
            out.add("Warning: the arms' sizes do not match the planned split (sample-ratio p "
                    + Readable.probability(r.srm().p()) + "), so the assignment is broken; do not trust what"
                    + " follows.");
        }
        for (Comparison c : r.comparisons()) {
            out.add(effect(c, level, r.spec().correction().id(), r.spec().alpha()));
        }
        for (BayesianComparison b : r.bayesian()) {
            out.add(BAYESIAN + b.arm() + " beats " + r.spec().control() + " on " + b.metric()
                    + " with probability " + chance(b.chanceToBeat()) + "; the expected loss if it is shipped is "
                    + Readable.number(b.expectedLoss()) + " " + (isBinary(r, b) ? "(as a rate)" : "per unit") + ".");
        }
        for (NetValue v : values) {
            out.add(net(v, level));
        }
        return out;
    }

    /** "coupon_20 raised converted by 2.2 points (95% CI 0.2–4.1), from 9.1% to 11.3%; p 0.004 (holm)." */
    static String effect(Comparison c, String level, String correction, double alpha) {
        boolean binary = c.kind() == MetricKind.BINARY;
        boolean clear = c.ciLow() > 0 || c.ciHigh() < 0;
        String size = binary ? points(Math.abs(c.diff())) + " points" : Readable.number(Math.abs(c.diff()));
        String ci = "(" + level + " CI " + range(c.ciLow(), c.ciHigh(), binary) + ")";
        String from = binary ? "from " + Readable.percent(c.meanControl()) + " to " + Readable.percent(c.meanTreatment())
                : "from " + Readable.number(c.meanControl()) + " to " + Readable.number(c.meanTreatment())
                + " per unit";
        String p = "p " + Readable.probability(c.pAdjusted()) + (correction.equals("none") ? "" : " after "
                + correction + " correction");
        if (!clear) {
            return c.arm() + " changed " + c.metric() + " by " + (c.diff() >= 0 ? "+" : "-") + size + " " + ci
                    + ", " + from + ": not distinguishable from no change; " + p + ".";
        }
        String caveat = c.pAdjusted() < alpha ? "" : ", above " + Readable.number(alpha) + ", so take it as a lead"
                + " to test again rather than a result";
        return c.arm() + (c.diff() > 0 ? " raised " : " lowered ") + c.metric() + " by " + size + " " + ci + ", "
                + from + "; " + p + caveat + ".";
    }

    /** "Net of cost (…), revenue per unit fell by 0.08 (95% CI -0.31 to 0.15); ROI -18%: …". */
    static String net(NetValue v, String level) {
        Comparison n = v.net();
        boolean clear = n.ciLow() > 0 || n.ciHigh() < 0;
        StringBuilder cost = new StringBuilder();
        if (v.costs().perUnit() > 0) {
            cost.append(Readable.amount(v.costs().perUnit())).append(" per treated unit");
        }
        if (v.costs().perConversion() > 0) {
            cost.append(cost.length() > 0 ? " + " : "").append(Readable.amount(v.costs().perConversion()))
                    .append(" per conversion");
        }
        String direction = !clear ? "changed by " + (n.diff() >= 0 ? "+" : "-") : n.diff() > 0 ? "rose by "
                : "fell by ";
        String roi = Double.isNaN(v.roi()) ? "" : "; ROI " + String.format(Locale.ROOT, "%+.0f%%", 100 * v.roi())
                + ": each 1.00 spent brought " + Readable.amount(v.incrementalRevenue() / v.costPerTreated())
                + " of extra revenue";
        return "Net of its cost (" + cost + ", " + Readable.amount(v.costPerTreated()) + " per treated unit on"
                + " average), " + v.arm() + "'s revenue per unit " + direction + Readable.amount(Math.abs(n.diff()))
                + " (" + level + " CI " + money(n.ciLow(), n.ciHigh()) + ")"
                + (clear ? "" : ", not distinguishable from no change") + "; incremental revenue before cost "
                + Readable.amount(v.incrementalRevenue()) + " per unit" + roi + ".";
    }

    private static boolean isBinary(AbReadout r, BayesianComparison b) {
        return r.comparisons().stream().anyMatch(c -> c.arm().equals(b.arm()) && c.metric().equals(b.metric())
                && c.kind() == MetricKind.BINARY);
    }

    private static String chance(double p) {
        if (p > 0.999) {
            return "> 99.9%";
        }
        if (p < 0.001) {
            return "< 0.1%";
        }
        return Readable.percent(p);
    }

    /** "0.2–4.1" when both ends share a sign, else "-1.2 to 2.0"; rates in percentage points. */
    static String range(double low, double high, boolean binary) {
        String lo = binary ? signed(points(Math.abs(low)), low) : signedNumber(low);
        String hi = binary ? signed(points(Math.abs(high)), high) : signedNumber(high);
        return low >= 0 ? lo + "–" + hi : lo + " to " + hi;
    }

    private static String money(double low, double high) {
        return Readable.amount(low) + (low >= 0 ? "–" : " to ") + Readable.amount(high);
    }

    private static String signedNumber(double v) {
        return Readable.number(v);
    }

    private static String signed(String magnitude, double v) {
        return v < 0 && !magnitude.equals("0.0") ? "-" + magnitude : magnitude;
    }

    /** A difference of rates in percentage points, one decimal (two below 0.1 points). */
    static String points(double diff) {
        double pts = 100 * diff;
        return String.format(Locale.ROOT, pts != 0 && pts < 0.1 ? "%.2f" : "%.1f", pts);
    }

    /** "95%" for alpha 0.05. */
    static String level(double alpha) {
        double pct = 100 * (1 - alpha);
        return (pct == Math.rint(pct) ? String.format(Locale.ROOT, "%.0f", pct) : Readable.number(pct)) + "%";
    }
}
