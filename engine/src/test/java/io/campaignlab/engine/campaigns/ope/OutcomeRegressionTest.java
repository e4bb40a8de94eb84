package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import io.campaignlab.engine.features.PipelineFitter;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** The plain-Java outcome model against textbook properties of logistic and least-squares regression. */
class OutcomeRegressionTest {

    /**
     * One categorical feature with two values is a saturated model: its maximum-likelihood fit predicts each group's
     * observed rate. Group a: 3 of 10 converted (0.3); group b: 6 of 8 (0.75). A tiny ridge barely moves them.
     */
    @Test
    void aSaturatedLogisticFitPredictsEachGroupsRate() {
        String[] g = new String[18];
        double[] y = new double[18];
        for (int i = 0; i < 18; i++) {
            g[i] = i < 10 ? "a" : "b";
            y[i] = i < 3 || i >= 10 && i < 16 ? 1 : 0;
        }
        Fitted f = fit(Frame.of("t", ids(18), List.of(new FrameColumn.Texts("g", g))),
                new FeatureSpec(List.of(FieldSpec.categorical("g")), null), y, true, 1e-6);
        assertThat(f.model.predict(f.x, 0)).isCloseTo(0.3, offset(1e-5));
        assertThat(f.model.predict(f.x, 17)).isCloseTo(0.75, offset(1e-5));
    }

    /** Least squares on the same design predicts each group's mean: a 1..5 (mean 3), b 10..50 (mean 30). */
    @Test
    void aSaturatedLeastSquaresFitPredictsEachGroupsMean() {
        String[] g = new String[10];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            g[i] = i < 5 ? "a" : "b";
            y[i] = i < 5 ? i + 1 : 10 * (i - 4);
        }
        Fitted f = fit(Frame.of("t", ids(10), List.of(new FrameColumn.Texts("g", g))),
                new FeatureSpec(List.of(FieldSpec.categorical("g")), null), y, false, 1e-6);
        assertThat(f.model.logistic()).isFalse();
        assertThat(f.model.predict(f.x, 0)).isCloseTo(3, offset(1e-4));
        assertThat(f.model.predict(f.x, 9)).isCloseTo(30, offset(1e-4));
    }

    /**
     * At the maximum-likelihood estimate of a logistic regression the score equations hold: Σ (y − p) = 0 (the
     * unpenalised intercept makes this exact for any ridge) and Σ (y − p) x = λ × (the standardized weight) ≈ 0 for a
     * tiny λ. Data: x ~ U(0, 1), y ~ Bernoulli(sigmoid(−1 + 2x)), 400 units.
     */
    @Test
    void theLogisticFitSolvesTheScoreEquations() {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble();
            y[i] = rng.nextDouble() < 1 / (1 + Math.exp(1 - 2 * x[i])) ? 1 : 0;
        }
        Fitted f = fit(Frame.of("t", ids(n), List.of(new FrameColumn.Numbers("x", x))),
                new FeatureSpec(List.of(FieldSpec.numeric("x", NumericTransform.STANDARDIZE)), null), y, true, 1e-8);
        double s0 = 0;
        double s1 = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - f.model.predict(f.x, i);
            s0 += r;
            s1 += r * x[i];
        }
        assertThat(s0).isCloseTo(0, offset(1e-7));
        assertThat(s1).isCloseTo(0, offset(1e-5));
        assertThat(f.model.iterations()).isLessThan(20);
    }

    private record Fitted(OutcomeRegression model, EncodedRows x) {
    }

    private static Fitted fit(Frame frame, FeatureSpec spec, double[] y, boolean logistic, double lambda) {
        int[] all = IntStream.range(0, frame.rows()).toArray();
        FeaturePipeline pipeline = PipelineFitter.fit(spec, frame, all);
        EncodedRows x = pipeline.encode(frame);
        return new Fitted(OutcomeRegression.fit(x, pipeline.vocabularySize(), all, y, logistic, lambda), x);
    }

    static long[] ids(int n) {
        return IntStream.rangeClosed(1, n).asLongStream().toArray();
    }
}
