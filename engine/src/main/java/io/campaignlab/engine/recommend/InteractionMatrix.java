package io.campaignlab.engine.recommend;

import java.util.Arrays;

/**
 * An implicit-feedback matrix, users × items in compressed sparse rows: one cell per (user, item) pair with the
 * summed event weights, the time of the pair's last event and whether the user bought the item. Items within a row
 * are in ascending id order. Immutable.
 */
public final class InteractionMatrix {

    private final int users;
    private final int items;
    private final int[] indptr;
    private final int[] indices;
    private final float[] values;
    private final long[] lastTime;
    private final boolean[] bought;

    public InteractionMatrix(int users, int items, int[] indptr, int[] indices, float[] values, long[] lastTime,
                             boolean[] bought) {
        if (indptr.length != users + 1 || indices.length != indptr[users] || values.length != indices.length) {
            throw new IllegalArgumentException("inconsistent CSR arrays");
        }
        this.users = users;
        this.items = items;
        this.indptr = indptr;
        this.indices = indices;
        this.values = values;
        this.lastTime = lastTime == null ? new long[indices.length] : lastTime;
        this.bought = bought == null ? new boolean[indices.length] : bought;
    }

    static InteractionMatrix build(InteractionLog log, boolean[] keep) {
        int users = log.users();
        int items = log.items();
        int[] indptr = new int[users + 1];
        int[] slot = new int[items];
        Arrays.fill(slot, -1);
        int[] rowItems = new int[items];
        float[] rowValues = new float[items];
        long[] rowTimes = new long[items];
        boolean[] rowBought = new boolean[items];
        int capacity = Math.max(16, log.events() / 2);
        int[] indices = new int[capacity];
        float[] values = new float[capacity];
        long[] times = new long[capacity];
        boolean[] boughts = new boolean[capacity];
        int nnz = 0;
        for (int u = 0; u < users; u++) {
            int n = 0;
            for (int e = log.start(u); e < log.end(u); e++) {
                if (!keep[e]) {
                    continue;
                }
                int i = log.itemOf(e);
                int s = slot[i];
                if (s < 0) {
                    s = n++;
                    slot[i] = s;
                    rowItems[s] = i;
                    rowValues[s] = 0;
                    rowTimes[s] = Long.MIN_VALUE;
                    rowBought[s] = false;
                }
                rowValues[s] += log.weightOf(e);
                rowTimes[s] = Math.max(rowTimes[s], log.timeOf(e));
                rowBought[s] |= log.isPurchase(e);
            }
            int[] sorted = Arrays.copyOf(rowItems, n);
            Arrays.sort(sorted);
            if (nnz + n > indices.length) {
                int grown = Math.max(nnz + n, indices.length * 2);
                indices = Arrays.copyOf(indices, grown);
                values = Arrays.copyOf(values, grown);
                times = Arrays.copyOf(times, grown);
                boughts = Arrays.copyOf(boughts, grown);
            }
            for (int i : sorted) {
                int s = slot[i];
                indices[nnz] = i;
                values[nnz] = rowValues[s];
                times[nnz] = rowTimes[s];
                boughts[nnz] = rowBought[s];
                nnz++;
                slot[i] = -1;
            }
            indptr[u + 1] = nnz;
        }
        return new InteractionMatrix(users, items, indptr, Arrays.copyOf(indices, nnz), Arrays.copyOf(values, nnz),
                Arrays.copyOf(times, nnz), Arrays.copyOf(boughts, nnz));
    }

    /** A matrix from (user, item, value) triples; repeated pairs are summed. For tests and synthetic data. */
    public static InteractionMatrix of(int users, int items, int[] user, int[] item, float[] value) {
        long[] keys = new long[user.length];
        for (int k = 0; k < user.length; k++) {
            keys[k] = ((long) user[k] << 32) | item[k];
        }
        Integer[] order = new Integer[user.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        int[] indptr = new int[users + 1];
        int[] indices = new int[user.length];
        float[] values = new float[user.length];
        int nnz = 0;
        long last = -1;
        for (int k : order) {
            if (keys[k] == last) {
                values[nnz - 1] += value[k];
                continue;
            }
            last = keys[k];
            indices[nnz] = item[k];
            values[nnz] = value[k];
            indptr[user[k] + 1]++;
            nnz++;
        }
        for (int u = 0; u < users; u++) {
            indptr[u + 1] += indptr[u];
        }
        return new InteractionMatrix(users, items, indptr, Arrays.copyOf(indices, nnz), Arrays.copyOf(values, nnz),
                null, null);
    }

    public int users() {
        return users;
    }

    public int items() {
        return items;
    }

    public int nonZeros() {
        return indices.length;
    }

    public int rowStart(int user) {
        return indptr[user];
    }

    public int rowEnd(int user) {
        return indptr[user + 1];
    }

    public int rowLength(int user) {
        return indptr[user + 1] - indptr[user];
    }

    public int column(int k) {
        return indices[k];
    }

    public float value(int k) {
        return values[k];
    }

    public long lastTime(int k) {
        return lastTime[k];
    }

    public boolean bought(int k) {
        return bought[k];
    }

    /** The items of a user's row, ascending. */
    public int[] rowItems(int user) {
        return Arrays.copyOfRange(indices, indptr[user], indptr[user + 1]);
    }

    public float[] rowValues(int user) {
        return Arrays.copyOfRange(values, indptr[user], indptr[user + 1]);
    }

    /** The items × users matrix with the same cells (times and purchase flags carried over). */
    public InteractionMatrix transpose() {
        int[] tptr = new int[items + 1];
        for (int i : indices) {
            tptr[i + 1]++;
        }
        for (int i = 0; i < items; i++) {
            tptr[i + 1] += tptr[i];
        }
        int[] fill = Arrays.copyOf(tptr, items);
        int[] tind = new int[indices.length];
        float[] tval = new float[indices.length];
        long[] ttime = new long[indices.length];
        boolean[] tbought = new boolean[indices.length];
        for (int u = 0; u < users; u++) {
            for (int k = indptr[u]; k < indptr[u + 1]; k++) {
                int p = fill[indices[k]]++;
                tind[p] = u;
                tval[p] = values[k];
                ttime[p] = lastTime[k];
                tbought[p] = bought[k];
            }
        }
        return new InteractionMatrix(items, users, tptr, tind, tval, ttime, tbought);
    }

    /** The latest time of any cell, or {@link Long#MIN_VALUE} when empty. */
    public long maxTime() {
        long max = Long.MIN_VALUE;
        for (long t : lastTime) {
            max = Math.max(max, t);
        }
        return max;
    }
}
