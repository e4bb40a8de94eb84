package io.campaignlab.engine.explain;

import io.campaignlab.engine.explain.weights.ModelWeights;
import io.campaignlab.engine.explain.weights.WeightSummary;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.ModelScorer;
import io.campaignlab.engine.models.RunExamples;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A run's model and examples held open for interactive explanations: one prediction, what-if edits and audiences.
 * Shapley values are on the probability scale, one player per field, against training rows as background. Calls
 * are serialised; close it to free the model's native memory.
 */
public final class ExplainSession implements AutoCloseable {

    private final RunExamples examples;
    private final ModelScorer scorer;
    private final FieldShapley shapley;
    private final FieldShapley audienceShapley;
    private final long[] rowIds;

    private ExplainSession(RunExamples examples, ModelScorer scorer, FieldShapley shapley,
                           FieldShapley audienceShapley) {
        this.examples = examples;
        this.scorer = scorer;
        this.shapley = shapley;
        this.audienceShapley = audienceShapley;
        this.rowIds = examples.frame().rowIds();
    }

    public static ExplainSession open(WorkspaceContext workspace, long runId, ShapleySpec spec,
                                      ProgressListener progress, CancellationToken cancel) {
        RunExamples examples = RunExamples.load(workspace, runId, progress, cancel);
        ModelScorer scorer = ModelScorer.open(examples.model());
        try {
            FeaturePipeline pipeline = scorer.pipeline();
            int[] pool = Rows.sample(examples.split().train(), Math.max(spec.backgroundRows(), 1), spec.seed());
            EncodedRows background = examples.encode(pool);
            FieldShapley shapley = new FieldShapley(scorer::probabilities, pipeline, Players.perField(pipeline),
                    background, spec);
            ShapleySpec light = ShapleySpec.forAudiences();
            ShapleySpec audienceSpec = new ShapleySpec(Math.min(light.backgroundRows(), background.rows()),
                    light.walksPerBackgroundRow(), light.repeats(), light.antithetic(), spec.seed());
            FieldShapley audience = new FieldShapley(scorer::probabilities, pipeline, Players.perField(pipeline),
                    Rows.select(background, Rows.sample(background.rows(), audienceSpec.backgroundRows(),
                            spec.seed())), audienceSpec);
            return new ExplainSession(examples, scorer, shapley, audience);
        } catch (RuntimeException e) {
            scorer.close();
            throw e;
        }
    }

    public RunExamples examples() {
        return examples;
    }

    public FeaturePipeline pipeline() {
        return scorer.pipeline();
    }

    /** The model's probabilities, for global explanations. */
    public BatchScore probabilities() {
        return rows -> {
            synchronized (this) {
                return scorer.probabilities(rows);
            }
        };
    }

    /** Weights and embedding norms over the given rows; null for gradient-boosted trees, which have neither. */
    public synchronized WeightSummary weights(EncodedRows rows) {
        if (!scorer.kind().network()) {
            return null;
        }
        return ModelWeights.of(scorer, rows);
    }

    /** The raw columns the model reads, in pipeline order. */
    public List<String> columns() {
        return scorer.pipeline().columns();
    }

    /** The position of a {@code _row} id in the run's dataset. */
    public int position(long rowId) {
        for (int i = 0; i < rowIds.length; i++) {
            if (rowIds[i] == rowId) {
                return i;
            }
        }
        throw new IllegalArgumentException("the run's dataset " + examples.model().run().spec().datasetName()
                + " has no row " + rowId);
    }

    /** The validation rows, most likely first by the model, as {@code _row} ids. */
    public synchronized long[] topValidationRows(int k) {
        int[] validation = examples.split().validation();
        double[] scores = scorer.probabilities(examples.encode(validation));
        Integer[] order = new Integer[validation.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        long[] out = new long[Math.min(k, order.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = rowIds[validation[order[i]]];
        }
        return out;
    }

    /** One prediction explained. */
    public synchronized RowExplanation explain(long rowId) {
        int position = position(rowId);
        Frame one = examples.frame().select(new int[]{position});
        return new RowExplanation(rowId, examples.labels()[position], columns(), values(one),
                shapley.explain(one, 0));
    }

    /** The prediction with one raw column changed, next to the original. */
    public synchronized WhatIfResult whatIf(long rowId, String column, String newValue) {
        if (!columns().contains(column)) {
            throw new IllegalArgumentException("the model does not read column " + column + "; it reads "
                    + columns());
        }
        return WhatIf.change(shapley, examples.frame(), position(rowId), column, newValue);
    }

    /**
     * The mean attributions of an audience, compared with the validation population, each row explained with the
     * lighter {@link ShapleySpec#forAudiences()} settings (many rows are averaged).
     *
     * @param audience the audience's {@code _row} ids
     */
    public synchronized AudienceComparison audience(long[] audience, int sampleRows, ProgressListener progress,
                                                    CancellationToken cancel) {
        int[] validation = examples.split().validation();
        java.util.Map<Long, Integer> byId = new java.util.HashMap<>();
        for (int i = 0; i < rowIds.length; i++) {
            byId.put(rowIds[i], i);
        }
        int[] audiencePositions = new int[audience.length];
        for (int i = 0; i < audience.length; i++) {
            Integer p = byId.get(audience[i]);
            if (p == null) {
                throw new IllegalArgumentException("row " + audience[i] + " is not in the run's dataset");
            }
            audiencePositions[i] = p;
        }
        int[] union = concat(audiencePositions, validation);
        EncodedRows rows = examples.encode(union);
        int[] inAudience = range(0, audiencePositions.length);
        int[] inPopulation = range(audiencePositions.length, union.length);
        return AudienceExplanation.compare(audienceShapley, rows, inAudience, inPopulation, sampleRows,
                audienceShapley.spec().seed(), progress, cancel);
    }

    private List<String> values(Frame one) {
        List<String> values = new ArrayList<>();
        for (String column : columns()) {
            values.add(ValueText.raw(one.column(column), 0));
        }
        return values;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }

    @Override
    public synchronized void close() {
        scorer.close();
    }
}
