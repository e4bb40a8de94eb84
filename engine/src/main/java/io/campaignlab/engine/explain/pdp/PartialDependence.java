package io.campaignlab.engine.explain.pdp;

import io.campaignlab.engine.explain.BatchScore;
import io.campaignlab.engine.explain.Rows;
import io.campaignlab.engine.explain.ScoringBuffer;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedField;
import io.campaignlab.engine.features.FittedFields;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Partial dependence (Friedman 2001) and individual conditional expectation curves (Goldstein et al. 2015) of numeric
 * fields, on raw values: a sample of frame rows gets the field's column set to each grid value (quantiles of the
 * column), is re-encoded with the pipeline (every field reading that column follows) and scored; the PD curve is the
 * mean over the rows, the ICE curves a few rows' own. All grid copies are scored in one batch.
 */
public final class PartialDependence {

    private PartialDependence() {
    }

    /** The fields that have a curve: numbers, scaled, bucketed or as ⌊ln² x⌋ categories. */
    public static List<String> numericFields(FeaturePipeline pipeline) {
        List<String> names = new ArrayList<>();
        for (FittedField field : pipeline.fields()) {
            if (numeric(field)) {
                names.add(field.name());
            }
        }
        return names;
    }

    static boolean numeric(FittedField field) {
        return field instanceof FittedFields.Scaled || field instanceof FittedFields.Buckets
                || field instanceof FittedFields.LogSquared;
    }

    /**
     * @param frame rows holding every pipeline column; the grid and histogram come from all of them, the curves
     *              from a sample
     * @throws IllegalArgumentException when the field is unknown or not numeric, or its column has no value
     */
    public static PdCurve compute(BatchScore score, FeaturePipeline pipeline, Frame frame, String field,
                                  PartialDependenceSpec spec, CancellationToken cancel) {
        FittedField fitted = pipeline.fields().stream().filter(f -> f.name().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the model has no field " + field));
        if (!numeric(fitted)) {
            throw new IllegalArgumentException("field " + field + " is not numeric; partial dependence is for "
                    + numericFields(pipeline));
        }
        String column = fitted.column();
        double[] present = Arrays.stream(frame.numbers(column)).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (present.length == 0) {
            throw new IllegalArgumentException("column " + column + " has no values");
        }
        double[] grid = grid(present, spec);
        Frame sample = frame.select(Rows.sample(frame.rows(), spec.sampleRows(), spec.seed()));
        int n = sample.rows();
        EncodedRows base = pipeline.encode(sample);
        int width = base.slots();
        ScoringBuffer buffer = new ScoringBuffer(score, width, grid.length * n, cancel);
        int[] indices = new int[n * width];
        float[] values = new float[n * width];
        double[] constant = new double[n];
        for (double g : grid) {
            System.arraycopy(base.indices(), 0, indices, 0, indices.length);
            System.arraycopy(base.values(), 0, values, 0, values.length);
            Arrays.fill(constant, g);
            FrameColumn replaced = new FrameColumn.Numbers(column, constant);
            for (int f = 0; f < pipeline.fieldCount(); f++) {
                FittedField reader = pipeline.fields().get(f);
                if (reader.column().equals(column)) {
                    reader.encode(replaced, pipeline.offset(f), pipeline.firstSlot(f), width, indices, values);
                }
            }
            for (int r = 0; r < n; r++) {
                buffer.add(indices, values, r);
            }
        }
        double[] scores = buffer.finish();
        double[] pd = new double[grid.length];
        int[] iceRows = Rows.sample(n, spec.iceRows(), spec.seed() + 1);
        double[][] ice = new double[iceRows.length][grid.length];
        for (int k = 0; k < grid.length; k++) {
            double sum = 0;
            for (int r = 0; r < n; r++) {
                sum += scores[k * n + r];
            }
            pd[k] = sum / n;
            for (int i = 0; i < iceRows.length; i++) {
                ice[i][k] = scores[k * n + iceRows[i]];
            }
        }
        double[] edges = edges(present, spec.histogramBins());
        return new PdCurve(field, column, grid, pd, ice, edges, counts(present, edges), n);
    }

    /** Nearest-rank quantiles from the low to the high one, evenly spaced in probability, without repeats. */
    static double[] grid(double[] sorted, PartialDependenceSpec spec) {
        double[] grid = new double[spec.gridPoints()];
        int kept = 0;
        for (int k = 0; k < spec.gridPoints(); k++) {
            double p = spec.lowQuantile() + (spec.highQuantile() - spec.lowQuantile()) * k / (spec.gridPoints() - 1);
            double v = sorted[(int) Math.round(p * (sorted.length - 1))];
            if (kept == 0 || v != grid[kept - 1]) {
                grid[kept++] = v;
            }
        }
        return Arrays.copyOf(grid, kept);
    }

    /** Equal-width bin edges from the smallest to the largest value; one bin when all values are equal. */
    static double[] edges(double[] sorted, int bins) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        if (min == max) {
            return new double[]{min, max};
        }
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = b == bins ? max : min + (max - min) * b / bins;
        }
        return edges;
    }

    static long[] counts(double[] values, double[] edges) {
        int bins = edges.length - 1;
        long[] counts = new long[bins];
        double min = edges[0];
        double width = edges[bins] - min;
        for (double v : values) {
            int b = width == 0 ? 0 : (int) Math.min(bins - 1, Math.floor((v - min) / width * bins));
            counts[b]++;
        }
        return counts;
    }
}
