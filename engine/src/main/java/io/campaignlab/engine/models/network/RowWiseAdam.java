package io.campaignlab.engine.models.network;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.nio.FloatBuffer;

/**
 * Lazy Adam for one embedding table held in Java memory. A batch gets its looked-up rows as a leaf array of shape
 * (batch, slots, width) gathered here; after the backward pass the gradient of every occurrence is summed per
 * distinct row (in a fixed order, so training stays deterministic) and only those rows' moments and weights are
 * updated (as TensorFlow's LazyAdam does; bias correction uses the global step). With a dense table every step would
 * zero, scatter into and Adam-update every row (20 × 8192 × 16 floats for the benchmark network) although a batch
 * touches a small share of them. Public for the recommenders' BPR trainer, which keeps its factor tables the same
 * way.
 */
public final class RowWiseAdam {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final int width;
    private final float learningRate;
    private final float[] weights;
    private final float[] m;
    private final float[] v;
    private final int[] slotOf;
    private int[] unique;
    private int uniqueCount;
    private int[] occurrenceSlot = new int[0];
    private int occurrences;
    private float[] gathered = new float[0];
    private float[] summed = new float[0];
    private long step;

    public RowWiseAdam(float[] initial, int width, double learningRate) {
        this.width = width;
        this.learningRate = (float) learningRate;
        this.weights = initial;
        this.m = new float[initial.length];
        this.v = new float[initial.length];
        this.slotOf = new int[initial.length / width];
        java.util.Arrays.fill(slotOf, -1);
        this.unique = new int[1024];
    }

    public float[] weights() {
        return weights;
    }

    /** Finds the distinct rows of a batch's global row indices; must be followed by {@link #update}. */
    public void mapBatch(long[] global, int count) {
        uniqueCount = 0;
        occurrences = count;
        if (occurrenceSlot.length < count) {
            occurrenceSlot = new int[count];
        }
        for (int i = 0; i < count; i++) {
            int row = (int) global[i];
            int slot = slotOf[row];
            if (slot < 0) {
                if (uniqueCount == unique.length) {
                    unique = java.util.Arrays.copyOf(unique, unique.length * 2);
                }
                slot = uniqueCount++;
                slotOf[row] = slot;
                unique[slot] = row;
            }
            occurrenceSlot[i] = slot;
        }
    }

    /** The looked-up rows of every occurrence, shaped like the batch's indices plus the width, as a gradient leaf. */
    public NDArray gather(NDManager manager, Device device, Shape indexShape) {
        int size = occurrences * width;
        if (gathered.length < size) {
            gathered = new float[size];
        }
        for (int i = 0; i < occurrences; i++) {
            System.arraycopy(weights, unique[occurrenceSlot[i]] * width, gathered, i * width, width);
        }
        NDArray array = manager.create(FloatBuffer.wrap(gathered, 0, size), indexShape.add(width));
        if (!device.equals(manager.getDevice())) {
            array = array.toDevice(device, false);
        }
        array.setRequiresGradient(true);
        return array;
    }

    /** Sums the occurrences' gradient per distinct row, takes one Adam step on those rows, and forgets the batch. */
    public void update(float[] occurrenceGradient) {
        int size = uniqueCount * width;
        if (summed.length < size) {
            summed = new float[size];
        }
        java.util.Arrays.fill(summed, 0, size, 0f);
        for (int i = 0; i < occurrences; i++) {
            int to = occurrenceSlot[i] * width;
            int from = i * width;
            for (int j = 0; j < width; j++) {
                summed[to + j] += occurrenceGradient[from + j];
            }
        }
        float[] gradient = summed;
        step++;
        float correction1 = 1 - (float) Math.pow(BETA1, step);
        float correction2 = 1 - (float) Math.pow(BETA2, step);
        float rate = learningRate * (float) Math.sqrt(correction2) / correction1;
        for (int u = 0; u < uniqueCount; u++) {
            int base = unique[u] * width;
            int g = u * width;
            for (int j = 0; j < width; j++) {
                float grad = gradient[g + j];
                int at = base + j;
                m[at] = BETA1 * m[at] + (1 - BETA1) * grad;
                v[at] = BETA2 * v[at] + (1 - BETA2) * grad * grad;
                weights[at] -= rate * m[at] / ((float) Math.sqrt(v[at]) + EPSILON * (float) Math.sqrt(correction2));
            }
            slotOf[unique[u]] = -1;
        }
        uniqueCount = 0;
    }
}
