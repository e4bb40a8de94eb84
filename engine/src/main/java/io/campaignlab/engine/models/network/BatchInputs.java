package io.campaignlab.engine.models.network;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.campaignlab.engine.features.EncodedRows;

/** Gathers the rows of one batch from encoded examples into input arrays on a device. */
public final class BatchInputs {

    private final EncodedRows data;
    private final int slots;
    private final long[] indices;
    private final float[] values;

    public BatchInputs(EncodedRows data, int maxBatch) {
        this.data = data;
        this.slots = data.slots();
        this.indices = new long[maxBatch * slots];
        this.values = new float[maxBatch * slots];
    }

    /** The inputs of rows[from..to), attached to {@code manager}. */
    public NDList gather(NDManager manager, Device device, int[] rows, int from, int to) {
        int n = to - from;
        int[] src = data.indices();
        float[] vals = data.values();
        for (int i = 0; i < n; i++) {
            int base = rows[from + i] * slots;
            int at = i * slots;
            for (int s = 0; s < slots; s++) {
                indices[at + s] = src[base + s];
            }
            System.arraycopy(vals, base, values, at, slots);
        }
        NDArray idx = manager.create(java.nio.LongBuffer.wrap(indices, 0, n * slots), new Shape(n, slots));
        NDArray val = manager.create(java.nio.FloatBuffer.wrap(values, 0, n * slots), new Shape(n, slots));
        if (!device.equals(manager.getDevice())) {
            idx = idx.toDevice(device, false);
            val = val.toDevice(device, false);
        }
        return new NDList(idx, val);
    }

    public static NDArray column(NDManager manager, Device device, float[] labels, int[] rows, int from, int to) {
        float[] out = new float[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = labels[rows[i]];
        }
        NDArray array = manager.create(out, new Shape(out.length, 1));
        return device.equals(manager.getDevice()) ? array : array.toDevice(device, false);
    }
}
