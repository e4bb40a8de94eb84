package io.campaignlab.engine.explain;

import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.jobs.CancellationToken;

/**
 * Collects rows to score and scores them in large batches: callers add rows one by one and get every score back from
 * {@link #finish()}, in the order the rows were added.
 */
public final class ScoringBuffer {

    /** Rows per scoring call: large enough that call overhead vanishes, small enough to bound memory. */
    public static final int CAPACITY = 1 << 17;

    private final BatchScore score;
    private final int width;
    private final int capacity;
    private final CancellationToken cancel;
    private final int[] indices;
    private final float[] values;
    private final double[] scores;
    private int filled;
    private int written;

    /**
     * @param total the rows that will be added in all
     */
    public ScoringBuffer(BatchScore score, int width, int total, CancellationToken cancel) {
        this.score = score;
        this.width = width;
        this.capacity = Math.max(1, Math.min(total, CAPACITY));
        this.cancel = cancel;
        this.indices = new int[Math.multiplyExact(capacity, width)];
        this.values = new float[indices.length];
        this.scores = new double[total];
    }

    /** Adds a copy of one row of a row-major layout of the same width, scoring the buffer first when it is full. */
    public void add(int[] fromIndices, float[] fromValues, int fromRow) {
        if (filled == capacity) {
            flush();
        }
        System.arraycopy(fromIndices, fromRow * width, indices, filled * width, width);
        System.arraycopy(fromValues, fromRow * width, values, filled * width, width);
        filled++;
    }

    /** Scores what is left; returns every score in the order the rows were added. */
    public double[] finish() {
        if (filled > 0) {
            flush();
        }
        if (written != scores.length) {
            throw new IllegalStateException("added " + written + " rows, expected " + scores.length);
        }
        return scores;
    }

    private void flush() {
        cancel.throwIfCancelled();
        EncodedRows batch = filled == capacity ? new EncodedRows(filled, width, indices, values)
                : new EncodedRows(filled, width, java.util.Arrays.copyOf(indices, filled * width),
                java.util.Arrays.copyOf(values, filled * width));
        double[] out = score.apply(batch);
        if (out.length != filled) {
            throw new IllegalStateException("the score function returned " + out.length + " scores for " + filled
                    + " rows");
        }
        System.arraycopy(out, 0, scores, written, filled);
        written += filled;
        filled = 0;
    }
}
