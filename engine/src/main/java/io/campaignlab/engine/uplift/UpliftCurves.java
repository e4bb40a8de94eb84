package io.campaignlab.engine.uplift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Qini and uplift curves of a ranking by predicted uplift, on units with a binary (or any numeric) outcome y and a
 * treatment flag w. Units are sorted by score, descending; tied scores form one step. After the top t units:
 * <ul>
 *   <li>Qini: Q(t) = Y_T(t) − Y_C(t) · N_T(t) / N_C(t) — the treated responders in excess of what the control rate
 *       among the same units predicts (Radcliffe's incremental responders, scaled to the treated count);</li>
 *   <li>uplift curve: U(t) = (Y_T(t) / N_T(t) − Y_C(t) / N_C(t)) · t — the difference in response rates times the
 *       units targeted (the convention of scikit-uplift and CausalML's "lift" curve);</li>
 * </ul>
 * where N_T, N_C count treated and control units and Y_T, Y_C their summed outcomes among the top t (a ratio with a
 * zero denominator counts as 0). Both curves start at (0, 0).
 * <p>
 * <b>Normalisation</b> (the source of most confusion between CausalML and scikit-uplift): the coefficients here are
 * scikit-uplift's {@code qini_auc_score} and {@code uplift_auc_score}: (area under the model's curve − area under
 * the random line) / (area under the perfect curve − area under the random line), areas by the trapezoid rule over
 * t = 0..n. The random line joins (0, 0) to the curve's end point (n, Q(n)). The perfect curve is the same curve for
 * the scores +1 for treated responders, −1 for control responders and 0 otherwise (scikit-uplift's
 * {@code negative_effect=True}). So 0 is random targeting and 1 is perfect; CausalML's {@code qini_score} instead
 * divides by the units (and does not subtract the random area the same way), so its numbers are not comparable.
 */
public final class UpliftCurves {

    private UpliftCurves() {
    }

    /** A curve: x = units targeted, y = curve value. */
    public record Curve(double[] x, double[] y) {
        public double area() {
            double a = 0;
            for (int i = 1; i < x.length; i++) {
                a += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
            }
            return a;
        }

        /** The random line's area: from (0, 0) to the last point. */
        public double randomArea() {
            return x[x.length - 1] * y[y.length - 1] / 2;
        }

        /** At most {@code points} points for plotting, keeping the first and last. */
        public Curve thinned(int points) {
            if (x.length <= points) {
                return this;
            }
            double[] tx = new double[points];
            double[] ty = new double[points];
            for (int i = 0; i < points; i++) {
                int at = (int) Math.round((double) i * (x.length - 1) / (points - 1));
                tx[i] = x[at];
                ty[i] = y[at];
            }
            return new Curve(tx, ty);
        }
    }

    public static Curve qini(double[] score, double[] y, boolean[] treated) {
        return curve(score, y, treated, true);
    }

    public static Curve uplift(double[] score, double[] y, boolean[] treated) {
        return curve(score, y, treated, false);
    }

    /** The normalised Qini coefficient (see the class comment). */
    public static double qiniCoefficient(double[] score, double[] y, boolean[] treated) {
        return normalised(qini(score, y, treated), qini(perfectScores(y, treated), y, treated));
    }

    /** The normalised area under the uplift curve (AUUC, see the class comment). */
    public static double auuc(double[] score, double[] y, boolean[] treated) {
        return normalised(uplift(score, y, treated), uplift(perfectScores(y, treated), y, treated));
    }

    private static double normalised(Curve model, Curve perfect) {
        double random = model.randomArea();
        return (model.area() - random) / (perfect.area() - random);
    }

    static double[] perfectScores(double[] y, boolean[] treated) {
        double[] s = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            s[i] = y[i] > 0 ? (treated[i] ? 1 : -1) : 0;
        }
        return s;
    }

    /**
     * uplift@k, scikit-uplift's {@code average='group'} ("by group"): the mean outcome among the top ⌈k·n_T⌉ treated
     * units by score less the mean among the top ⌈k·n_C⌉ control units.
     */
    public static double upliftAtK(double[] score, double[] y, boolean[] treated, double k) {
        if (!(k > 0 && k <= 1)) {
            throw new IllegalArgumentException("k must lie in (0, 1]");
        }
        Integer[] order = descending(score);
        long nt = 0;
        for (boolean t : treated) {
            nt += t ? 1 : 0;
        }
        long nc = treated.length - nt;
        long takeT = (long) Math.ceil(k * nt - 1e-12);
        long takeC = (long) Math.ceil(k * nc - 1e-12);
        double sumT = 0;
        double sumC = 0;
        long gotT = 0;
        long gotC = 0;
        for (int i : order) {
            if (treated[i] && gotT < takeT) {
                sumT += y[i];
                gotT++;
            } else if (!treated[i] && gotC < takeC) {
                sumC += y[i];
                gotC++;
            }
        }
        return sumT / gotT - sumC / gotC;
    }

    /**
     * The observed uplift per score decile (decile 1 = the highest tenth of the scores): response rate of the
     * treated less that of control units in the decile, with the units of each.
     */
    public static List<DecileUplift> byDecile(double[] score, double[] y, boolean[] treated) {
        Integer[] order = descending(score);
        List<DecileUplift> out = new ArrayList<>();
        int n = order.length;
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) d * n / 10);
            int to = (int) ((long) (d + 1) * n / 10);
            double sT = 0;
            double sC = 0;
            long nT = 0;
            long nC = 0;
            double predicted = 0;
            for (int k = from; k < to; k++) {
                int i = order[k];
                predicted += score[i];
                if (treated[i]) {
                    sT += y[i];
                    nT++;
                } else {
                    sC += y[i];
                    nC++;
                }
            }
            double rateT = nT == 0 ? Double.NaN : sT / nT;
            double rateC = nC == 0 ? Double.NaN : sC / nC;
            out.add(new DecileUplift(d + 1, nT, nC, rateT, rateC, rateT - rateC,
                    to > from ? predicted / (to - from) : Double.NaN));
        }
        return out;
    }

    /** One decile of the ranking. */
    public record DecileUplift(int decile, long treated, long control, double rateTreated, double rateControl,
                               double observedUplift, double meanPredicted) {
    }

    private static Curve curve(double[] score, double[] y, boolean[] treated, boolean qini) {
        Integer[] order = descending(score);
        int n = order.length;
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, 0});
        double yT = 0;
        double yC = 0;
        long nT = 0;
        long nC = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (treated[i]) {
                yT += y[i];
                nT++;
            } else {
                yC += y[i];
                nC++;
            }
            boolean stepEnds = k == n - 1 || score[order[k + 1]] != score[i];
            if (!stepEnds) {
                continue;
            }
            long t = k + 1;
            double value;
            if (qini) {
                value = yT - (nC == 0 ? 0 : yC * nT / (double) nC);
            } else {
                value = ((nT == 0 ? 0 : yT / nT) - (nC == 0 ? 0 : yC / nC)) * t;
            }
            points.add(new double[] {t, value});
        }
        double[] x = new double[points.size()];
        double[] v = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i)[0];
            v[i] = points.get(i)[1];
        }
        return new Curve(x, v);
    }

    /** Indices by score, descending; ties keep index order (a stable sort). */
    static Integer[] descending(double[] score) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        return order;
    }
}
