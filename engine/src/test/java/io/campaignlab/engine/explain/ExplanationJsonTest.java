package io.campaignlab.engine.explain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.engine.explain.importance.ImportanceResult;
import io.campaignlab.engine.explain.importance.PermutationImportance;
import io.campaignlab.engine.explain.importance.PermutationSpec;
import io.campaignlab.engine.explain.pdp.PdCurve;
import io.campaignlab.engine.explain.weights.ModelWeights;
import io.campaignlab.engine.explain.weights.WeightSummary;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The result records are plain values that Jackson stores and reads back unchanged. */
class ExplanationJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    private <T> void roundTrips(T value, Class<T> type) throws Exception {
        String text = json.writeValueAsString(value);
        assertThat(json.writeValueAsString(json.readValue(text, type))).isEqualTo(text);
    }

    @Test
    void everyResultRoundTrips() throws Exception {
        FeaturePipeline pipeline = Toy.abc();
        Frame frame = Toy.abcRows("xpu", "yqv", "zpv", "ypu");
        EncodedRows rows = pipeline.encode(frame);
        double[][] table = {{0, 0, 1, 2, 3}, {0, 0, 1, -1}, {0, 0, 0.5, 0}};
        BatchScore score = Toy.additive(pipeline, table);
        FieldShapley shapley = new FieldShapley(score, pipeline, Players.perField(pipeline), rows,
                new ShapleySpec(4, 2, 2, true, 1));

        ShapleyExplanation explanation = shapley.explain(frame, 1);
        roundTrips(explanation, ShapleyExplanation.class);
        roundTrips(WhatIf.change(shapley, frame, 0, "b", "q"), WhatIfResult.class);
        roundTrips(AudienceExplanation.compare(shapley, rows, new int[]{0, 1}, null, 10, 1, ProgressListener.none(),
                new CancellationToken()), AudienceComparison.class);
        ImportanceResult importance = PermutationImportance.run(score, rows, new int[]{1, 0, 1, 0},
                Players.perField(pipeline), new PermutationSpec(2, 0, 1), ProgressListener.none(),
                new CancellationToken());
        roundTrips(importance, ImportanceResult.class);
        roundTrips(ModelWeights.of(io.campaignlab.engine.models.ModelKind.LR, pipeline, new float[13], null, 0, rows),
                WeightSummary.class);
        roundTrips(new PdCurve("n", "n", new double[]{1, 2}, new double[]{0.1, 0.2},
                new double[][]{{0.1, 0.3}}, new double[]{1, 2}, new long[]{4}, 4), PdCurve.class);
        assertThat(json.writeValueAsString(explanation)).contains("\"displayValue\":\"a = y\"");
    }
}
