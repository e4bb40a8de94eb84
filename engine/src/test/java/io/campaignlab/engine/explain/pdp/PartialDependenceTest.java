package io.campaignlab.engine.explain.pdp;

import io.campaignlab.engine.explain.BatchScore;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedFields;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PartialDependenceTest {

    /** n ∈ 1..100 scaled with mean 50 and sd 20 (z within ±2.5, clear of the ±10 clip); a categorical a ∈ {x, y}. */
    private final FeaturePipeline pipeline = new FeaturePipeline(List.of(
            new FittedFields.Scaled("n", "n", false, 50, 20),
            new FittedFields.Vocabulary("a", "a", List.of("x", "y"))));

    private Frame frame() {
        double[] n = new double[100];
        String[] a = new String[100];
        long[] ids = new long[100];
        for (int i = 0; i < 100; i++) {
            n[i] = i + 1;
            a[i] = i % 4 == 0 ? "x" : "y";
            ids[i] = i + 1;
        }
        return Frame.of("t", ids, List.of(new FrameColumn.Numbers("n", n), new FrameColumn.Texts("a", a)));
    }

    /** f = z-value of n + (1 when a = x): additive, so every ICE curve is the PD curve shifted. */
    private final BatchScore score = rows -> {
        double[] out = new double[rows.rows()];
        for (int r = 0; r < rows.rows(); r++) {
            out[r] = rows.values()[r * 2] + (rows.indices()[r * 2 + 1] - pipeline.offset(1) == 2 ? 1 : 0);
        }
        return out;
    };

    @Test
    void theCurveOfAnAdditiveScoreIsItsTermPlusTheMeanOfTheRest() {
        PdCurve curve = PartialDependence.compute(score, pipeline, frame(), "n", PartialDependenceSpec.defaults(),
                new CancellationToken());
        // nearest-rank quantiles of 1..100 at p = 0.05 + 0.9·k/19: index round(p·99), so 6 first and 95 last
        assertThat(curve.grid()).hasSize(20);
        assertThat(curve.grid()[0]).isEqualTo(6);
        assertThat(curve.grid()[19]).isEqualTo(95);
        assertThat(curve.rows()).isEqualTo(100);
        for (int k = 0; k < curve.grid().length; k++) {
            // mean of the a-term over the 100 rows: 25 of them have a = x
            assertThat(curve.pd()[k]).isCloseTo((curve.grid()[k] - 50) / 20 + 0.25, within(1e-6));
        }
        assertThat(curve.ice()).hasNumberOfRows(30);
        for (double[] ice : curve.ice()) {
            // the row's own a-term: 0 or 1 (z travels through a float, hence the tolerance)
            double shift = Math.rint(ice[0] - (curve.grid()[0] - 50) / 20) + 0.0;
            assertThat(shift).isIn(0.0, 1.0);
            for (int k = 0; k < ice.length; k++) {
                assertThat(ice[k]).isCloseTo((curve.grid()[k] - 50) / 20 + shift, within(1e-6));
            }
        }
        // 20 bins of width 4.95 over 1..100: five integers each
        assertThat(curve.histogramEdges()).hasSize(21);
        assertThat(curve.histogramEdges()[0]).isEqualTo(1);
        assertThat(curve.histogramEdges()[20]).isEqualTo(100);
        assertThat(curve.histogramCounts()).containsOnly(5L);
    }

    @Test
    void aFewDistinctValuesGiveAShortGridAndBucketsGiveSteps() {
        FeaturePipeline buckets = new FeaturePipeline(List.of(new FittedFields.Buckets("k", "k", new double[]{1, 2})));
        double[] k = new double[90];
        long[] ids = new long[90];
        for (int i = 0; i < k.length; i++) {
            k[i] = i % 3;
            ids[i] = i + 1;
        }
        k[5] = Double.NaN;
        Frame frame = Frame.of("t", ids, List.of(new FrameColumn.Numbers("k", k)));
        BatchScore bucketIndex = rows -> {
            double[] out = new double[rows.rows()];
            for (int r = 0; r < rows.rows(); r++) {
                out[r] = rows.indices()[r];
            }
            return out;
        };
        PdCurve curve = PartialDependence.compute(bucketIndex, buckets, frame, "k",
                new PartialDependenceSpec(20, 0, 1, 50, 5, 4, 1), new CancellationToken());
        assertThat(curve.grid()).containsExactly(0, 1, 2);
        // local rows: 1 below the first edge, 2 from 1, 3 from 2
        assertThat(curve.pd()).containsExactly(1, 2, 3);
        assertThat(curve.rows()).isEqualTo(50);
        assertThat(curve.ice()).hasNumberOfRows(5);
        // edges 0, 0.5, 1, 1.5, 2: thirty 0s, thirty 1s, and twenty-nine 2s (one is missing)
        assertThat(curve.histogramCounts()).containsExactly(30, 0, 30, 29);
    }

    @Test
    void onlyNumericFieldsHaveCurves() {
        assertThat(PartialDependence.numericFields(pipeline)).containsExactly("n");
        assertThatThrownBy(() -> PartialDependence.compute(score, pipeline, frame(), "a",
                PartialDependenceSpec.defaults(), new CancellationToken()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not numeric");
    }
}
