package io.campaignlab.engine.explain;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedFields;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WhatIfAndAudienceTest {

    private final FeaturePipeline pipeline = Toy.abc();
    /** g_a, g_b, g_c by local row (0 missing, 1 unseen, then the values). */
    private static final double[][] TABLE = {{0.3, -0.7, 1.0, -2.0, 0.5}, {0, 0, 3.0, -1.0}, {0, 0, 0.25, 4.0}};

    private FieldShapley additive(EncodedRows background) {
        return new FieldShapley(Toy.additive(pipeline, TABLE), pipeline, Players.perField(pipeline), background,
                new ShapleySpec(background.rows(), 2, 2, true, 4));
    }

    @Test
    void changingOneValueMovesTheScoreAndOnlyThatPlayersShare() {
        Frame frame = Toy.abcRows("xpu", "yqv", "zpv");
        FieldShapley shapley = additive(pipeline.encode(frame));
        // background mean of g_a = (1 − 2 + 0.5)/3 = −0.5/3
        WhatIfResult result = WhatIf.change(shapley, frame, 1, "a", "z");
        assertThat(result.oldValue()).isEqualTo("y");
        assertThat(result.newValue()).isEqualTo("z");
        assertThat(result.before().prediction()).isEqualTo(-2.0 - 1.0 + 4.0);
        assertThat(result.after().prediction()).isEqualTo(0.5 - 1.0 + 4.0);
        assertThat(result.before().of("a").value()).isCloseTo(-2.0 + 0.5 / 3, within(1e-12));
        assertThat(result.after().of("a").value()).isCloseTo(0.5 + 0.5 / 3, within(1e-12));
        assertThat(result.after().of("b").value()).isCloseTo(result.before().of("b").value(), within(1e-12));
        assertThat(result.after().of("a").displayValue()).isEqualTo("a = z");

        // a value never seen in training goes to the unseen row; blank means missing
        assertThat(WhatIf.change(shapley, frame, 1, "a", "w").after().prediction()).isEqualTo(-0.7 - 1.0 + 4.0);
        WhatIfResult missing = WhatIf.change(shapley, frame, 1, "a", " ");
        assertThat(missing.after().prediction()).isEqualTo(0.3 - 1.0 + 4.0);
        assertThat(missing.newValue()).isEqualTo("(missing)");
    }

    @Test
    void numbersAndTimesAreParsedAndBadOnesRefused() {
        FrameColumn numbers = WhatIf.withValue(new FrameColumn.Numbers("n", new double[]{1}), "2.5");
        assertThat(((FrameColumn.Numbers) numbers).values()).containsExactly(2.5);
        FrameColumn times = WhatIf.withValue(new FrameColumn.Times("t", new long[]{0}), "1970-01-02T01:00");
        assertThat(((FrameColumn.Times) times).epochMillis()).containsExactly(25 * 3_600_000L);
        assertThatThrownBy(() -> WhatIf.withValue(new FrameColumn.Numbers("n", new double[]{1}), "many"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");

        FeaturePipeline scaled = new FeaturePipeline(List.of(new FittedFields.Scaled("n", "n", false, 10, 2)));
        BatchScore value = rows -> {
            double[] out = new double[rows.rows()];
            for (int r = 0; r < rows.rows(); r++) {
                out[r] = rows.values()[r];
            }
            return out;
        };
        Frame frame = Frame.of("t", new long[]{1, 2}, List.of(new FrameColumn.Numbers("n", new double[]{12, 8})));
        FieldShapley shapley = new FieldShapley(value, scaled, Players.perField(scaled), scaled.encode(frame),
                new ShapleySpec(2, 2, 2, true, 1));
        WhatIfResult result = WhatIf.change(shapley, frame, 0, "n", "16");
        // the score is the z-value: (12 − 10)/2 = 1 before, (16 − 10)/2 = 3 after
        assertThat(result.before().prediction()).isEqualTo(1.0);
        assertThat(result.after().prediction()).isEqualTo(3.0);
        assertThat(result.after().of("n").displayValue()).isEqualTo("n = 16");
    }

    @Test
    void anAudienceIsExplainedByTheMeanSharesAgainstThePopulation() {
        // six rows; the audience is rows 0 and 1 (both a = x)
        Frame frame = Toy.abcRows("xpu", "xqv", "ypu", "zqu", "ypv", "zpu");
        EncodedRows rows = pipeline.encode(frame);
        FieldShapley shapley = additive(Rows.select(rows, new int[]{2, 3, 4}));
        AudienceComparison result = AudienceExplanation.compare(shapley, rows, new int[]{0, 1}, null, 100, 1,
                ProgressListener.none(), new CancellationToken());
        // additive: each mean share is the mean term minus the background's, which cancels in the difference
        //   a: audience (1 + 1)/2 = 1, population (1 + 1 − 2 + 0.5 − 2 + 0.5)/6 = −1/6 → 7/6
        //   b: audience (3 − 1)/2 = 1, population (3 − 1 + 3 − 1 + 3 + 3)/6 = 10/6 → −4/6
        //   c: audience (0.25 + 4)/2 = 2.125, population (0.25 + 4 + 0.25 + 0.25 + 4 + 0.25)/6 = 1.5 → 0.625
        assertThat(result.audienceRows()).isEqualTo(2);
        assertThat(result.populationSampled()).isEqualTo(6);
        assertThat(result.attributions()).extracting(AudienceAttribution::player).containsExactly("a", "b", "c");
        assertThat(result.attributions().get(0).difference()).isCloseTo(7.0 / 6, within(1e-12));
        assertThat(result.attributions().get(1).difference()).isCloseTo(-4.0 / 6, within(1e-12));
        assertThat(result.attributions().get(2).difference()).isCloseTo(0.625, within(1e-12));
        assertThat(result.audiencePrediction()).isCloseTo(1 + 1 + 2.125, within(1e-12));
        double sum = result.attributions().stream().mapToDouble(AudienceAttribution::difference).sum();
        assertThat(sum).isCloseTo(result.audiencePrediction() - result.populationPrediction(), within(1e-12));
    }
}
