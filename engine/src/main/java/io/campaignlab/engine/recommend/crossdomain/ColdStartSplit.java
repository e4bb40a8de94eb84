package io.campaignlab.engine.recommend.crossdomain;

import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The cross-domain cold-start protocol on two events datasets whose user ids mean the same person: among the users
 * with events in both domains (and at least one target-type event in the target domain), a seeded random
 * {@code cutFraction} share (at least one user) loses every target-domain event; each of them is tested on the
 * distinct items of those target-type events. Everyone's source events stay in training.
 *
 * <p>Users: the target log's users keep their index ({@code 0..target.users()-1}); users only in the source log
 * follow, in source order.
 *
 * @param split   the protocol, the target training matrix over all users and the held-out items per user
 * @param data    the target training matrix and the source matrix over the same users
 * @param userIds the raw user id of every user index
 * @param shared  users with events in both domains (eligible or not)
 * @param heldOut users held out (made cold in the target domain)
 */
public record ColdStartSplit(EvaluationSplit split, CrossDomainData data, List<String> userIds, int shared,
                             int heldOut) {

    public static ColdStartSplit of(InteractionLog target, InteractionLog source, EvaluationProtocol protocol,
                                    long seed) {
        if (protocol.kind() != EvaluationProtocol.Kind.COLD_START) {
            throw new IllegalArgumentException("a cross-domain split needs the cold-start protocol, not "
                    + protocol.kind().id());
        }
        List<String> userIds = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int u = 0; u < target.users(); u++) {
            userIds.add(target.userId(u));
            index.put(target.userId(u), u);
        }
        int[] sourceRow = new int[source.users()];
        BitSet inBoth = new BitSet();
        for (int s = 0; s < source.users(); s++) {
            Integer u = index.get(source.userId(s));
            if (u == null) {
                u = userIds.size();
                userIds.add(source.userId(s));
                index.put(source.userId(s), u);
            } else {
                inBoth.set(u);
            }
            sourceRow[s] = u;
        }
        int users = userIds.size();
        List<Integer> eligible = new ArrayList<>();
        for (int u = inBoth.nextSetBit(0); u >= 0; u = inBoth.nextSetBit(u + 1)) {
            if (hasTargetEvent(target, u, protocol)) {
                eligible.add(u);
            }
        }
        if (eligible.isEmpty()) {
            throw new IllegalArgumentException("no user has " + protocol.target().id() + " events in the target"
                    + " domain and events in the source domain (" + inBoth.cardinality() + " user ids are in both);"
                    + " cross-domain training needs users shared by the two datasets, with the same user ids");
        }
        Collections.shuffle(eligible, new Random(seed));
        int held = (int) Math.max(1, Math.round(protocol.cutFraction() * eligible.size()));
        boolean[] cold = new boolean[users];
        for (int h = 0; h < held; h++) {
            cold[eligible.get(h)] = true;
        }
        boolean[] keep = new boolean[target.events()];
        int[][] targets = new int[users][];
        BitSet items = new BitSet(target.items());
        for (int u = 0; u < target.users(); u++) {
            items.clear();
            for (int e = target.start(u); e < target.end(u); e++) {
                keep[e] = !cold[u];
                if (cold[u] && isTarget(target, protocol, e)) {
                    items.set(target.itemOf(e));
                }
            }
            if (cold[u]) {
                targets[u] = items.stream().toArray();
            }
        }
        InteractionMatrix targetTrain = withRows(target.matrix(keep), identity(target.users()), users);
        InteractionMatrix sourceTrain = withRows(source.matrix(), sourceRow, users);
        EvaluationSplit split = new EvaluationSplit(protocol, targetTrain, targets, targetTrain.maxTime());
        return new ColdStartSplit(split, new CrossDomainData(targetTrain, sourceTrain), List.copyOf(userIds),
                inBoth.cardinality(), held);
    }

    private static boolean hasTargetEvent(InteractionLog log, int user, EvaluationProtocol p) {
        for (int e = log.start(user); e < log.end(user); e++) {
            if (isTarget(log, p, e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTarget(InteractionLog log, EvaluationProtocol p, int e) {
        return p.target() == EvaluationProtocol.Target.INTERACTION || log.isPurchase(e);
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** The matrix with row {@code r} moved to row {@code rowOf[r]} of a matrix of {@code users} rows (others empty). */
    static InteractionMatrix withRows(InteractionMatrix m, int[] rowOf, int users) {
        int[] from = new int[users];
        Arrays.fill(from, -1);
        for (int r = 0; r < rowOf.length; r++) {
            from[rowOf[r]] = r;
        }
        int[] indptr = new int[users + 1];
        int[] indices = new int[m.nonZeros()];
        float[] values = new float[m.nonZeros()];
        long[] times = new long[m.nonZeros()];
        boolean[] bought = new boolean[m.nonZeros()];
        int p = 0;
        for (int u = 0; u < users; u++) {
            int r = from[u];
            if (r >= 0) {
                for (int k = m.rowStart(r); k < m.rowEnd(r); k++) {
                    indices[p] = m.column(k);
                    values[p] = m.value(k);
                    times[p] = m.lastTime(k);
                    bought[p] = m.bought(k);
                    p++;
                }
            }
            indptr[u + 1] = p;
        }
        return new InteractionMatrix(users, m.items(), indptr, indices, values, times, bought);
    }
}
