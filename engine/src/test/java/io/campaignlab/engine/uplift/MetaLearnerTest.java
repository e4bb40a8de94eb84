package io.campaignlab.engine.uplift;

import ai.djl.Device;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planted experiment: segment "a" responds +0.25 to treatment, "b" −0.05, "c" not at all, on base rates that
 * differ by segment and a noise column. Every learner must rank the persuadable first: a Qini at least 70% of the ranking by the planted uplift
 * itself (on the same held-out units), and
 * a mean predicted uplift in a above b and c. The S-learner gets the DNN base: with LR it can only shift every
 * unit's log-odds by one treatment coefficient, so its uplift follows the base rate, not the planted effect.
 */
class MetaLearnerTest {

    static final int UNITS = 6_000;

    record Planted(Frame frame, float[] y, boolean[] treated, double[] truth, String[] segment) {
    }

    static Planted planted(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        String[] segment = new String[UNITS];
        double[] noise = new double[UNITS];
        float[] y = new float[UNITS];
        boolean[] treated = new boolean[UNITS];
        double[] truth = new double[UNITS];
        long[] ids = new long[UNITS];
        for (int i = 0; i < UNITS; i++) {
            ids[i] = i + 1;
            int s = rng.nextInt(3);
            segment[i] = new String[] {"a", "b", "c"}[s];
            noise[i] = rng.nextDouble();
            treated[i] = rng.nextBoolean();
            double base = new double[] {0.15, 0.35, 0.25}[s];
            truth[i] = new double[] {0.25, -0.05, 0.0}[s];
            y[i] = rng.nextDouble() < base + (treated[i] ? truth[i] : 0) ? 1 : 0;
        }
        Frame frame = Frame.of("planted", ids, List.of(new FrameColumn.Texts("segment", segment),
                new FrameColumn.Numbers("noise", noise)));
        return new Planted(frame, y, treated, truth, segment);
    }

    static final FeatureSpec FEATURES = new FeatureSpec(List.of(FieldSpec.categorical("segment"),
            FieldSpec.numeric("noise", NumericTransform.STANDARDIZE)), null);

    void check(MetaLearner learner, BaseLearner base) {
        Planted p = planted(5);
        UpliftSpec spec = new UpliftSpec("planted", "w", "1", "0", "y", List.of(), learner, base, 0.3, 42, null,
                "cpu");
        UpliftAnalysis.Fitted fitted = UpliftAnalysis.run(spec, p.frame(), FEATURES, p.y(), p.treated(), p.truth(),
                Device.cpu(), ProgressListener.none(), new CancellationToken());
        double[] mean = new double[3];
        int[] count = new int[3];
        for (int i = 0; i < UNITS; i++) {
            int s = p.segment()[i].charAt(0) - 'a';
            mean[s] += fitted.scores()[i];
            count[s]++;
        }
        for (int s = 0; s < 3; s++) {
            mean[s] /= count[s];
        }
        int[] test = fitted.split().test();
        double[] truth = new double[test.length];
        double[] y = new double[test.length];
        boolean[] w = new boolean[test.length];
        for (int i = 0; i < test.length; i++) {
            truth[i] = p.truth()[test[i]];
            y[i] = p.y()[test[i]];
            w[i] = p.treated()[test[i]];
        }
        double oracle = UpliftCurves.qiniCoefficient(truth, y, w);
        System.out.printf("%s-learner/%s on planted uplift: qini %.3f (ranking by the planted uplift: %.3f), auuc"
                        + " %.3f, uplift@30 %.3f, corr %.3f; mean uplift a %.3f b %.3f c %.3f%n", learner, base,
                fitted.result().qini(), oracle, fitted.result().auuc(), fitted.result().upliftAt30(),
                fitted.result().truthCorrelation(), mean[0], mean[1], mean[2]);
        assertThat(fitted.result().qini()).isGreaterThan(0.7 * oracle);
        assertThat(fitted.result().truthCorrelation()).isGreaterThan(0.5);
        assertThat(mean[0]).isGreaterThan(mean[1]).isGreaterThan(mean[2] - 0.1);
        assertThat(mean[0]).isGreaterThan(mean[2]);
    }

    @Test
    void tLearner() {
        check(MetaLearner.T, BaseLearner.LR);
    }

    @Test
    void xLearner() {
        check(MetaLearner.X, BaseLearner.LR);
    }

    @Test
    void classTransformation() {
        check(MetaLearner.CT, BaseLearner.LR);
    }

    @Test
    void sLearnerWithTheDnn() {
        check(MetaLearner.S, BaseLearner.DNN);
    }

    @Test
    void sameSeedSameScores() {
        Planted p = planted(9);
        UpliftSpec spec = new UpliftSpec("planted", "w", "1", "0", "y", List.of(), MetaLearner.T, BaseLearner.LR,
                0.3, 7, null, "cpu");
        double[] a = UpliftAnalysis.run(spec, p.frame(), FEATURES, p.y(), p.treated(), null, Device.cpu(),
                ProgressListener.none(), new CancellationToken()).scores();
        double[] b = UpliftAnalysis.run(spec, p.frame(), FEATURES, p.y(), p.treated(), null, Device.cpu(),
                ProgressListener.none(), new CancellationToken()).scores();
        assertThat(b).containsExactly(a);
    }
}
