package io.campaignlab.engine.recommend.crossdomain;

import io.campaignlab.engine.recommend.InteractionMatrix;

/**
 * Two domains' training matrices over one user index: the target domain (whose items are recommended) and the
 * source domain (whose behaviour is transferred). Row {@code u} of both matrices is the same person; a user present
 * in one domain only has an empty row in the other. Item ids are per domain. Immutable.
 *
 * @param target users × target items
 * @param source users × source items
 */
public record CrossDomainData(InteractionMatrix target, InteractionMatrix source) {

    public CrossDomainData {
        if (target.users() != source.users()) {
            throw new IllegalArgumentException("the target and source matrices must share one user index; they have "
                    + target.users() + " and " + source.users() + " rows");
        }
    }

    public int users() {
        return target.users();
    }

    /**
     * The users × (target items ∪ source items) matrix: target item {@code i} keeps its id, source item {@code j}
     * becomes {@code target.items() + j} with its value multiplied by {@code sourceWeight}.
     */
    public InteractionMatrix joint(double sourceWeight) {
        if (!(sourceWeight > 0) || Double.isInfinite(sourceWeight)) {
            throw new IllegalArgumentException("the source weight must be finite and > 0, not " + sourceWeight);
        }
        int users = users();
        int offset = target.items();
        int[] indptr = new int[users + 1];
        int nnz = target.nonZeros() + source.nonZeros();
        int[] indices = new int[nnz];
        float[] values = new float[nnz];
        long[] times = new long[nnz];
        boolean[] bought = new boolean[nnz];
        int p = 0;
        for (int u = 0; u < users; u++) {
            for (int k = target.rowStart(u); k < target.rowEnd(u); k++) {
                indices[p] = target.column(k);
                values[p] = target.value(k);
                times[p] = target.lastTime(k);
                bought[p] = target.bought(k);
                p++;
            }
            for (int k = source.rowStart(u); k < source.rowEnd(u); k++) {
                indices[p] = offset + source.column(k);
                values[p] = (float) (sourceWeight * source.value(k));
                times[p] = source.lastTime(k);
                bought[p] = source.bought(k);
                p++;
            }
            indptr[u + 1] = p;
        }
        return new InteractionMatrix(users, offset + source.items(), indptr, indices, values, times, bought);
    }

    /** Whether the user has at least one training cell in both domains. */
    public boolean inBoth(int user) {
        return target.rowLength(user) > 0 && source.rowLength(user) > 0;
    }
}
