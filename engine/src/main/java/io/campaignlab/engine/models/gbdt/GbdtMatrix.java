package io.campaignlab.engine.models.gbdt;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedField;
import io.campaignlab.engine.features.FittedFields;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.util.Arrays;

/**
 * The fitted pipeline's encoded rows as XGBoost's sparse matrix of numeric columns, one per field as the pipeline
 * encodes it:
 * <ul>
 *   <li>a standardized number ({@code std}, {@code log1p}) is its z-score;</li>
 *   <li>a number cut at quantiles is its bucket (1, 2, …), so that trees keep its order;</li>
 *   <li>every other single-slot field (vocabulary, hashed, log-squared, hour, weekday) is its pipeline code: 1 for
 *       values never seen in training, then the training vocabulary most frequent first (hour and weekday in their
 *       order). On criteo-10k these ordinal codes beat XGBoost's own categorical splits (partitions of the codes),
 *       which over-fit its rare values: validation AUC 0.742–0.752 against 0.678–0.701 over depths 3 and 6 and
 *       min child weights 1 and 10;</li>
 *   <li>a multi-valued field spans one column per code, holding the code's weight (1/count).</li>
 * </ul>
 * A missing value (the pipeline's row 0) is left out of the row, so that XGBoost learns its default direction.
 *
 * @param pipeline the fitted pipeline
 * @param first    each field's first column
 * @param columns  columns in all
 */
public record GbdtMatrix(FeaturePipeline pipeline, int[] first, int columns) {

    /** The layout of a pipeline's fields. */
    public static GbdtMatrix of(FeaturePipeline pipeline) {
        int[] first = new int[pipeline.fieldCount()];
        int columns = 0;
        for (int f = 0; f < first.length; f++) {
            first[f] = columns;
            FittedField field = pipeline.fields().get(f);
            columns += field.slots() > 1 ? field.size() : 1;
        }
        return new GbdtMatrix(pipeline, first, columns);
    }

    /** The field owning each column. */
    public int[] columnField() {
        int[] owner = new int[columns];
        for (int f = 0; f < first.length; f++) {
            int end = f + 1 < first.length ? first[f + 1] : columns;
            Arrays.fill(owner, first[f], end, f);
        }
        return owner;
    }

    /** The given rows (positions in {@code encoded}) as a matrix; the caller disposes it. */
    public DMatrix matrix(EncodedRows encoded, int[] rows) throws XGBoostError {
        Sparse sparse = sparse(encoded, rows);
        return new DMatrix(sparse.headers(), sparse.indices(), sparse.values(), DMatrix.SparseType.CSR, columns,
                Float.NaN, 0);
    }

    /** The compressed sparse rows of a matrix. */
    record Sparse(long[] headers, int[] indices, float[] values) {
    }

    /** The rows' non-missing entries in compressed sparse row form, columns ascending within each row. */
    Sparse sparse(EncodedRows encoded, int[] rows) {
        int slots = encoded.slots();
        long[] headers = new long[rows.length + 1];
        int[] indices = new int[Math.multiplyExact(rows.length, slots)];
        float[] values = new float[indices.length];
        int n = 0;
        for (int i = 0; i < rows.length; i++) {
            int base = rows[i] * slots;
            for (int f = 0; f < first.length; f++) {
                FittedField field = pipeline.fields().get(f);
                int slot = base + pipeline.firstSlot(f);
                int offset = pipeline.offset(f);
                if (field.slots() > 1) {
                    n = putMulti(encoded, slot, field.slots(), offset, first[f], indices, values, n);
                    continue;
                }
                int local = encoded.indices()[slot] - offset;
                if (local != 0) {
                    indices[n] = first[f];
                    values[n++] = field instanceof FittedFields.Scaled ? encoded.values()[slot] : local;
                }
            }
            headers[i + 1] = n;
        }
        return new Sparse(headers, Arrays.copyOf(indices, n), Arrays.copyOf(values, n));
    }

    /** A multi-valued field's codes with their summed weights, codes ascending; unused slots (weight 0) left out. */
    private static int putMulti(EncodedRows encoded, int slot, int count, int offset, int firstColumn,
                                int[] indices, float[] values, int n) {
        int at = n;
        for (int s = slot; s < slot + count; s++) {
            float weight = encoded.values()[s];
            if (weight == 0) {
                continue;
            }
            int column = firstColumn + encoded.indices()[s] - offset;
            int k = at;
            while (k > n && indices[k - 1] > column) {
                k--;
            }
            if (k > n && indices[k - 1] == column) {
                values[k - 1] += weight;
                continue;
            }
            System.arraycopy(indices, k, indices, k + 1, at - k);
            System.arraycopy(values, k, values, k + 1, at - k);
            indices[k] = column;
            values[k] = weight;
            at++;
        }
        return at;
    }
}
