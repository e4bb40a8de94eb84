package io.campaignlab.engine.uplift;

import ai.djl.Device;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.ArrayList;
import java.util.List;

/** Split, fit and evaluate one uplift model in memory; {@link UpliftJob} adds the workspace around it. */
public final class UpliftAnalysis {

    static final int CURVE_POINTS = 400;

    private UpliftAnalysis() {
    }

    /** What the analysis returns: the result and the uplift of every row of the frame. */
    public record Fitted(UpliftResult result, double[] scores, UpliftSplit split) {
    }

    /**
     * @param frame   the units' feature columns (rows = units of the two arms)
     * @param y       the 0/1 outcome per unit
     * @param treated whether each unit was treated
     * @param truth   the planted uplift per unit, or null
     */
    public static Fitted run(UpliftSpec spec, Frame frame, FeatureSpec features, float[] y, boolean[] treated,
                             double[] truth, Device device, ProgressListener progress, CancellationToken cancel) {
        long started = System.nanoTime();
        UpliftSplit split = UpliftSplit.of(y, treated, spec.testShare(), 0.2, spec.seed());
        double[] scores = new UpliftFitter(frame, features, spec.base(), spec.seed(), device, progress, cancel)
                .fit(spec.learner(), y, treated, split);
        int[] test = split.test();
        double[] s = new double[test.length];
        double[] yt = new double[test.length];
        boolean[] wt = new boolean[test.length];
        for (int i = 0; i < test.length; i++) {
            s[i] = scores[test[i]];
            yt[i] = y[test[i]];
            wt[i] = treated[test[i]];
        }
        double[] at = new double[5];
        for (int k = 1; k <= 5; k++) {
            at[k - 1] = UpliftCurves.upliftAtK(s, yt, wt, k / 10.0);
        }
        long nTreated = 0;
        for (boolean t : treated) {
            nTreated += t ? 1 : 0;
        }
        double share = nTreated / (double) treated.length;
        List<String> warnings = new ArrayList<>();
        if (spec.learner() == MetaLearner.CT && Math.abs(share - 0.5) > 0.02) {
            warnings.add(String.format(java.util.Locale.ROOT, "class transformation assumes a 50/50 allocation;"
                    + " %.1f%% of the units are treated, so its uplift scale is off (the ranking mostly holds)",
                    100 * share));
        }
        double correlation = Double.NaN;
        if (truth != null) {
            double[] tt = new double[test.length];
            for (int i = 0; i < test.length; i++) {
                tt[i] = truth[test[i]];
            }
            correlation = pearson(s, tt);
        }
        UpliftCurves.Curve qini = UpliftCurves.qini(s, yt, wt);
        UpliftResult result = new UpliftResult(-1, spec, split.train().length + split.validation().length,
                test.length, share, UpliftCurves.qiniCoefficient(s, yt, wt), UpliftCurves.auuc(s, yt, wt), at,
                qini.thinned(CURVE_POINTS), UpliftCurves.uplift(s, yt, wt).thinned(CURVE_POINTS),
                UpliftCurves.qini(UpliftCurves.perfectScores(yt, wt), yt, wt).thinned(CURVE_POINTS),
                UpliftCurves.byDecile(s, yt, wt), rateDifference(yt, wt), correlation, List.copyOf(warnings), null,
                (System.nanoTime() - started) / 1e9);
        return new Fitted(result, scores, split);
    }

    /** The bootstrap intervals of the fitted model's Qini and AUUC on its test units. */
    static UpliftBootstrap bootstrap(Fitted fitted, float[] y, boolean[] treated, long seed) {
        int[] test = fitted.split().test();
        double[] s = new double[test.length];
        double[] yt = new double[test.length];
        boolean[] wt = new boolean[test.length];
        for (int i = 0; i < test.length; i++) {
            s[i] = fitted.scores()[test[i]];
            yt[i] = y[test[i]];
            wt[i] = treated[test[i]];
        }
        return UpliftBootstrap.of(s, yt, wt, UpliftBootstrap.RESAMPLES, seed);
    }

    static double rateDifference(double[] y, boolean[] treated) {
        double st = 0;
        double sc = 0;
        long nt = 0;
        long nc = 0;
        for (int i = 0; i < y.length; i++) {
            if (treated[i]) {
                st += y[i];
                nt++;
            } else {
                sc += y[i];
                nc++;
            }
        }
        return st / nt - sc / nc;
    }

    static double pearson(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i] / a.length;
            mb += b[i] / b.length;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
