package io.campaignlab.engine.models.network;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.campaignlab.engine.features.EncodedRows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;

/**
 * Gathers the rows of one batch from encoded examples into input arrays on a device, through two direct buffers
 * allocated once and reused by every batch.
 * <p>
 * DJL copies a heap buffer into a fresh direct buffer on every {@code NDManager.create}, which only the garbage
 * collector frees. The decision server made two per decision (some 30 KiB for a 20-creative request): between
 * collections, which ZGC runs seldom on a quiet heap, tens of thousands piled up in the malloc arenas, and the
 * process's native memory grew by tens of MiB a minute. Handed a direct buffer, DJL makes the CPU tensor over it
 * without a copy ({@code torch.from_blob}), so the arrays of one {@link #gather} read these buffers: they are valid
 * until the next {@code gather} on this object, and must be closed by then (every caller closes the batch's
 * sub-manager first). On a GPU the tensor is a copy. Not thread-safe.
 */
public final class BatchInputs {

    private final int slots;
    private final int maxBatch;
    private final ByteBuffer indices;
    private final ByteBuffer values;
    private final LongBuffer indexView;
    private final FloatBuffer valueView;

    /** Buffers for batches of at most {@code maxBatch} rows of {@code slots} slots. */
    public BatchInputs(int slots, int maxBatch) {
        this.slots = slots;
        this.maxBatch = maxBatch;
        this.indices = ByteBuffer.allocateDirect(Math.multiplyExact(maxBatch * Long.BYTES, slots))
                .order(ByteOrder.nativeOrder());
        this.values = ByteBuffer.allocateDirect(Math.multiplyExact(maxBatch * Float.BYTES, slots))
                .order(ByteOrder.nativeOrder());
        this.indexView = indices.asLongBuffer();
        this.valueView = values.asFloatBuffer();
    }

    /** Whether batches of {@code rows} rows of {@code data}'s width fit these buffers. */
    public boolean fits(EncodedRows data, int rows) {
        return data.slots() == slots && rows <= maxBatch;
    }

    /**
     * The inputs of data's rows[from..to), attached to {@code manager}; valid until the next gather (see the class
     * comment).
     */
    public NDList gather(NDManager manager, Device device, EncodedRows data, int[] rows, int from, int to) {
        int n = to - from;
        check(data, n);
        for (int i = 0; i < n; i++) {
            put(data, rows[from + i], i);
        }
        return arrays(manager, device, n);
    }

    /** The inputs of all of data's rows, in order; as {@link #gather}. */
    public NDList gatherAll(NDManager manager, Device device, EncodedRows data) {
        int n = data.rows();
        check(data, n);
        for (int i = 0; i < n; i++) {
            put(data, i, i);
        }
        return arrays(manager, device, n);
    }

    private void check(EncodedRows data, int n) {
        if (!fits(data, n)) {
            throw new IllegalArgumentException("a batch of " + n + " rows of " + data.slots() + " slots does not fit"
                    + " buffers of " + maxBatch + " rows of " + slots + " slots");
        }
    }

    private void put(EncodedRows data, int row, int at) {
        int[] src = data.indices();
        int base = row * slots;
        int to = at * slots;
        for (int s = 0; s < slots; s++) {
            indexView.put(to + s, src[base + s]);
        }
        valueView.put(to, data.values(), base, slots);
    }

    private NDList arrays(NDManager manager, Device device, int n) {
        Shape shape = new Shape(n, slots);
        NDArray idx = manager.create(indices.slice(0, n * slots * Long.BYTES).order(ByteOrder.nativeOrder()), shape,
                DataType.INT64);
        NDArray val = manager.create(values.slice(0, n * slots * Float.BYTES).order(ByteOrder.nativeOrder()), shape,
                DataType.FLOAT32);
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
