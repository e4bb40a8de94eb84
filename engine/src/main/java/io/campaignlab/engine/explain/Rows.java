package io.campaignlab.engine.explain;

import io.campaignlab.engine.features.EncodedRows;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Row selection on encoded rows, and seeded samples of row positions. */
public final class Rows {

    private Rows() {
    }

    /** The given rows of an encoding, in the given order (repeats allowed). */
    public static EncodedRows select(EncodedRows rows, int[] positions) {
        int width = rows.slots();
        int[] indices = new int[Math.multiplyExact(positions.length, width)];
        float[] values = new float[indices.length];
        for (int i = 0; i < positions.length; i++) {
            System.arraycopy(rows.indices(), positions[i] * width, indices, i * width, width);
            System.arraycopy(rows.values(), positions[i] * width, values, i * width, width);
        }
        return new EncodedRows(positions.length, width, indices, values);
    }

    /**
     * A seeded simple random sample without replacement of {@code size} of the positions {@code 0..total−1}, in
     * ascending order; every position when {@code size ≥ total}.
     */
    public static int[] sample(int total, int size, long seed) {
        return sample(identity(total), size, seed);
    }

    /** A seeded simple random sample without replacement of the given positions, ascending; all when fewer. */
    public static int[] sample(int[] positions, int size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("sample size must not be negative, was " + size);
        }
        int[] pool = positions.clone();
        if (size >= pool.length) {
            Arrays.sort(pool);
            return pool;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            int j = i + rng.nextInt(pool.length - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        int[] out = Arrays.copyOf(pool, size);
        Arrays.sort(out);
        return out;
    }

    public static int[] identity(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    /** Shuffles in place (Fisher–Yates). */
    public static void shuffle(int[] values, SplittableRandom rng) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
