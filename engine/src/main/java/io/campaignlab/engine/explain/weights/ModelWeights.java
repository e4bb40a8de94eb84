package io.campaignlab.engine.explain.weights;

import io.campaignlab.engine.explain.ValueText;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedField;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.ModelScorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads what a model learned per field from its parameters, over a sample of rows. Logistic regression: each value's
 * weight, and the spread (standard deviation over rows) of the field's linear contribution, which is how much the
 * field moves the logit across the rows. Embedding families: the mean size (L2 norm) of the field's embedding
 * contribution, the input its interactions and MLP see; FM and DeepFM also get the linear part.
 */
public final class ModelWeights {

    /** Values listed per field. */
    public static final int TOP_VALUES = 10;

    private ModelWeights() {
    }

    /** The weights of an open model over a sample of its encoded rows. */
    public static WeightSummary of(ModelScorer scorer, EncodedRows sample) {
        return of(scorer.kind(), scorer.pipeline(), scorer.linearWeights(), scorer.embeddingTable(),
                scorer.embeddingWidth(), sample);
    }

    /**
     * @param linear    the first-order weight of each embedding-table row, or null
     * @param embedding the embedding table, row-major (rows × width), or null
     * @param width     the width of an embedding row
     */
    public static WeightSummary of(ModelKind kind, FeaturePipeline pipeline, float[] linear, float[] embedding,
                                   int width, EncodedRows sample) {
        if (linear == null && embedding == null) {
            throw new IllegalArgumentException("the model has neither first-order weights nor embeddings");
        }
        if (sample.rows() == 0) {
            throw new IllegalArgumentException("no sample rows to summarise the weights over");
        }
        List<FieldWeight> fields = new ArrayList<>();
        for (int f = 0; f < pipeline.fieldCount(); f++) {
            double spread = linear == null ? 0 : linearSpread(pipeline, f, linear, sample);
            double norm = embedding == null ? 0 : embeddingNorm(pipeline, f, embedding, width, sample);
            fields.add(new FieldWeight(pipeline.fields().get(f).name(), embedding != null ? norm : spread, spread,
                    norm, topValues(pipeline, f, linear, embedding, width)));
        }
        fields.sort(Comparator.comparingDouble(FieldWeight::importance).reversed());
        return new WeightSummary(kind, linear != null, embedding != null, sample.rows(), fields);
    }

    /** The population standard deviation over rows of Σ_slots w[index]·value. */
    static double linearSpread(FeaturePipeline pipeline, int f, float[] linear, EncodedRows rows) {
        int first = pipeline.firstSlot(f);
        int slots = pipeline.fields().get(f).slots();
        double sum = 0;
        double[] contribution = new double[rows.rows()];
        for (int r = 0; r < rows.rows(); r++) {
            double c = 0;
            for (int s = first; s < first + slots; s++) {
                int at = r * rows.slots() + s;
                c += (double) linear[rows.indices()[at]] * rows.values()[at];
            }
            contribution[r] = c;
            sum += c;
        }
        double mean = sum / rows.rows();
        double squares = 0;
        for (double c : contribution) {
            squares += (c - mean) * (c - mean);
        }
        return Math.sqrt(squares / rows.rows());
    }

    /** The mean over rows of ‖Σ_slots value·e[index]‖. */
    static double embeddingNorm(FeaturePipeline pipeline, int f, float[] embedding, int width, EncodedRows rows) {
        int first = pipeline.firstSlot(f);
        int slots = pipeline.fields().get(f).slots();
        double[] vector = new double[width];
        double total = 0;
        for (int r = 0; r < rows.rows(); r++) {
            java.util.Arrays.fill(vector, 0);
            for (int s = first; s < first + slots; s++) {
                int at = r * rows.slots() + s;
                int row = rows.indices()[at] * width;
                float value = rows.values()[at];
                for (int k = 0; k < width; k++) {
                    vector[k] += (double) value * embedding[row + k];
                }
            }
            double squares = 0;
            for (double v : vector) {
                squares += v * v;
            }
            total += Math.sqrt(squares);
        }
        return total / rows.rows();
    }

    private static List<ValueWeight> topValues(FeaturePipeline pipeline, int f, float[] linear, float[] embedding,
                                               int width) {
        FittedField field = pipeline.fields().get(f);
        int offset = pipeline.offset(f);
        List<ValueWeight> values = new ArrayList<>(field.size());
        for (int local = 0; local < field.size(); local++) {
            double w = linear == null ? 0 : linear[offset + local];
            double norm = 0;
            if (embedding != null) {
                double squares = 0;
                for (int k = 0; k < width; k++) {
                    double e = embedding[(offset + local) * width + k];
                    squares += e * e;
                }
                norm = Math.sqrt(squares);
            }
            values.add(new ValueWeight(ValueText.label(field, local), w, norm));
        }
        values.sort(linear != null ? Comparator.comparingDouble((ValueWeight v) -> Math.abs(v.linear())).reversed()
                : Comparator.comparingDouble(ValueWeight::embeddingNorm).reversed());
        return values.subList(0, Math.min(TOP_VALUES, values.size()));
    }
}
