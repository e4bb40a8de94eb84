package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Cross-fitting: balanced folds, and no unit's prediction depends on its own reward. */
class CrossFitterTest {

    @Test
    void foldsDifferInSizeByAtMostOne() {
        int[] fold = new CrossFitter(5, 1, 3).assignFolds(23);
        int[] sizes = new int[5];
        for (int f : fold) {
            sizes[f]++;
        }
        // 23 = 5 × 4 + 3: three folds of 5, two of 4
        Arrays.sort(sizes);
        assertThat(sizes).containsExactly(4, 4, 5, 5, 5);
    }

    /**
     * Flipping one unit's reward changes the predictions of units in other folds, never its own (its own model was
     * fitted without it), and never those of its own fold.
     */
    @Test
    void aUnitsOwnRewardNeverReachesItsPrediction() {
        int n = 60;
        String[] g = new String[n];
        String[] arm = new String[n];
        int[] a = new int[n];
        double[] p = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = i % 3 == 0 ? "x" : "z";
            a[i] = i % 2;
            arm[i] = a[i] == 0 ? "c" : "t";
            p[i] = 0.5;
            y[i] = i % 5 == 0 ? 1 : 0;
        }
        Frame frame = Frame.of("t", OutcomeRegressionTest.ids(n), List.of(new FrameColumn.Texts("g", g)));
        FeatureSpec spec = new FeatureSpec(List.of(FieldSpec.categorical("g").withMinCount(1)), null);
        CrossFitter fitter = new CrossFitter(3, 1.0, 11);
        LoggedBandit log = new LoggedBandit(List.of("c", "t"), a, p, y);
        double[][] before = OffPolicyEvaluation.crossFitted(frame, spec, log, fitter, new CancellationToken());
        int unit = 4;
        double[] flipped = y.clone();
        flipped[unit] = 1 - flipped[unit];
        double[][] after = OffPolicyEvaluation.crossFitted(frame, spec, new LoggedBandit(List.of("c", "t"), a, p,
                flipped), fitter, new CancellationToken());
        int[] fold = fitter.assignFolds(n);
        boolean othersMoved = false;
        for (int i = 0; i < n; i++) {
            if (fold[i] == fold[unit]) {
                assertThat(after[i][a[unit]]).as("unit %d in the flipped unit's fold", i)
                        .isCloseTo(before[i][a[unit]], offset(1e-12));
            } else {
                othersMoved |= Math.abs(after[i][a[unit]] - before[i][a[unit]]) > 1e-6;
            }
        }
        assertThat(othersMoved).as("units of the other folds see the flipped reward").isTrue();
    }
}
