package io.campaignlab.engine.explain.weights;

import io.campaignlab.engine.explain.ValueText;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedFields;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.models.ModelKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ModelWeightsTest {

    /** a ∈ {x, y} (rows 0–3: missing, unseen, x, y), z standardized with mean 0 and sd 1 (rows 4–5: missing, value). */
    private final FeaturePipeline pipeline = new FeaturePipeline(List.of(
            new FittedFields.Vocabulary("a", "a", List.of("x", "y")), new FittedFields.Scaled("z", "z", false, 0, 1)));

    /** Four rows: a = x, y, x, x; z = 1, −1, 0, 2. */
    private final EncodedRows rows = pipeline.encode(Frame.of("t", new long[]{1, 2, 3, 4}, List.of(
            new FrameColumn.Texts("a", new String[]{"x", "y", "x", "x"}),
            new FrameColumn.Numbers("z", new double[]{1, -1, 0, 2}))));

    private static final float[] LINEAR = {0f, 0.1f, 1f, -1f, 0.5f, 2f};

    @Test
    void logisticRegressionRanksFieldsByTheSpreadOfTheirContribution() {
        WeightSummary summary = ModelWeights.of(ModelKind.LR, pipeline, LINEAR, null, 0, rows);
        // a contributes 1, −1, 1, 1: mean 0.5, population sd √((0.25 + 2.25 + 0.25 + 0.25)/4) = √0.75
        // z contributes 2·z = 2, −2, 0, 4: mean 1, sd √((1 + 9 + 1 + 9)/4) = √5
        assertThat(summary.fields()).extracting(FieldWeight::field).containsExactly("z", "a");
        assertThat(summary.fields().get(0).linearSpread()).isCloseTo(Math.sqrt(5), within(1e-12));
        assertThat(summary.fields().get(1).linearSpread()).isCloseTo(Math.sqrt(0.75), within(1e-12));
        assertThat(summary.fields().get(1).importance()).isEqualTo(summary.fields().get(1).linearSpread());
        assertThat(summary.fields().get(1).topValues()).extracting(ValueWeight::value)
                .containsExactly("x", "y", "(unseen)", "(missing)");
        assertThat(summary.fields().get(1).topValues().get(1).linear()).isEqualTo(-1.0);
        assertThat(summary.linear()).isTrue();
        assertThat(summary.embedding()).isFalse();
    }

    @Test
    void embeddingFamiliesRankFieldsByTheMeanNormOfTheirEmbedding() {
        // width 2: a's x row is (3, 4), norm 5; y's (0, 1); z's value row (0.5, 0), scaled by z in each row
        float[] table = {0, 0, 0, 0, 3, 4, 0, 1, 1, 0, 0.5f, 0};
        WeightSummary summary = ModelWeights.of(ModelKind.DEEPFM, pipeline, LINEAR, table, 2, rows);
        // a: norms 5, 1, 5, 5 → 4; z: |0.5·z| = 0.5, 0.5, 0, 1 → 0.5
        assertThat(summary.fields()).extracting(FieldWeight::field).containsExactly("a", "z");
        assertThat(summary.fields().get(0).embeddingNorm()).isCloseTo(4, within(1e-12));
        assertThat(summary.fields().get(1).embeddingNorm()).isCloseTo(0.5, within(1e-12));
        // DeepFM keeps the linear part too
        assertThat(summary.fields().get(1).linearSpread()).isCloseTo(Math.sqrt(5), within(1e-12));

        WeightSummary dnn = ModelWeights.of(ModelKind.DNN, pipeline, null, table, 2, rows);
        assertThat(dnn.fields().get(0).topValues()).extracting(ValueWeight::value).startsWith("x", "y");
        assertThat(dnn.fields().get(0).topValues().get(0).embeddingNorm()).isCloseTo(5, within(1e-12));
        assertThat(dnn.fields().get(0).linearSpread()).isZero();
    }

    @Test
    void valuesAreLabelledAsTheFieldKnowsThem() {
        assertThat(ValueText.label(new FittedFields.Buckets("p", "p", new double[]{2, 5}), 1)).isEqualTo("< 2");
        assertThat(ValueText.label(new FittedFields.Buckets("p", "p", new double[]{2, 5}), 3)).isEqualTo("≥ 5");
        assertThat(ValueText.label(new FittedFields.Hashed("h", "h", 8), 4)).isEqualTo("bucket 3");
        assertThat(ValueText.label(new FittedFields.DayOfWeek("d", "t"), 7)).isEqualTo("Sunday");
        assertThat(ValueText.label(new FittedFields.HourOfDay("h", "t"), 1)).isEqualTo("00:00");
        assertThat(ValueText.label(new FittedFields.MultiVocabulary("m", "m", List.of("shoes"), 3), 2))
                .isEqualTo("shoes");
        assertThat(ValueText.number(0.031234)).isEqualTo("0.03123");
    }
}
