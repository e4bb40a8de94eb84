package io.campaignlab.engine.recommend.evaluation;

import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.InteractionMatrix;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A training matrix and, per evaluated user, the held-out items, made from an {@link InteractionLog} by an
 * {@link EvaluationProtocol}.
 *
 * @param protocol the protocol
 * @param train    the training matrix (every user and item of the log, some rows empty)
 * @param targets  per user the held-out item ids (ascending), or null when the user is not evaluated
 * @param cutTime  the latest training time: the end of the "recent" window for recent popularity
 */
public record EvaluationSplit(EvaluationProtocol protocol, InteractionMatrix train, int[][] targets, long cutTime) {

    public static EvaluationSplit of(InteractionLog log, EvaluationProtocol protocol) {
        requireSingleLog(protocol);
        return protocol.kind() == EvaluationProtocol.Kind.LEAVE_LAST_OUT ? leaveLastOut(log, protocol)
                : chronological(log, protocol);
    }

    private static void requireSingleLog(EvaluationProtocol protocol) {
        if (protocol.kind() == EvaluationProtocol.Kind.SESSION_NEXT_ITEM) {
            throw new IllegalArgumentException("the session-next-item protocol is for session models (gru4rec);"
                    + " user × item recommenders use leave-last-out or chronological");
        }
        if (protocol.kind() == EvaluationProtocol.Kind.COLD_START) {
            throw new IllegalArgumentException("the cold-start protocol needs a source domain; it is made by"
                    + " ColdStartSplit from two datasets, not from one log");
        }
    }

    /**
     * The events of the log this protocol trains on (the others are held out or dropped): {@link #of} applied to
     * {@code log.restrict(trainingEvents(log, protocol))} gives the validation part nested inside training.
     */
    public static boolean[] trainingEvents(InteractionLog log, EvaluationProtocol protocol) {
        requireSingleLog(protocol);
        return protocol.kind() == EvaluationProtocol.Kind.LEAVE_LAST_OUT ? leaveLastOutKeep(log, protocol)
                : chronologicalKeep(log, chronologicalCut(log, protocol));
    }

    private static boolean isTarget(InteractionLog log, EvaluationProtocol p, int e) {
        return p.target() == EvaluationProtocol.Target.INTERACTION || log.isPurchase(e);
    }

    private static EvaluationSplit leaveLastOut(InteractionLog log, EvaluationProtocol p) {
        boolean[] keep = new boolean[log.events()];
        int[][] targets = new int[log.users()][];
        leaveLastOut(log, p, keep, targets);
        InteractionMatrix train = log.matrix(keep);
        return new EvaluationSplit(p, train, targets, train.maxTime());
    }

    private static boolean[] leaveLastOutKeep(InteractionLog log, EvaluationProtocol p) {
        boolean[] keep = new boolean[log.events()];
        leaveLastOut(log, p, keep, new int[log.users()][]);
        return keep;
    }

    /** Fills the kept events and the held-out item of every evaluated user. */
    private static void leaveLastOut(InteractionLog log, EvaluationProtocol p, boolean[] keep, int[][] targets) {
        Arrays.fill(keep, true);
        BitSet seen = new BitSet(log.items());
        for (int u = 0; u < log.users(); u++) {
            int held = -1;
            for (int e = log.end(u) - 1; e >= log.start(u); e--) {
                if (isTarget(log, p, e) && (p.allowRepurchase() || !boughtBefore(log, u, e))) {
                    held = e;
                    break;
                }
            }
            if (held < 0) {
                continue;
            }
            int item = log.itemOf(held);
            seen.clear();
            for (int e = log.start(u); e < held; e++) {
                if (log.itemOf(e) != item) {
                    seen.set(log.itemOf(e));
                }
            }
            if (seen.isEmpty()) {
                continue;
            }
            for (int e = log.start(u); e < log.end(u); e++) {
                keep[e] = e < held && log.itemOf(e) != item;
            }
            targets[u] = new int[] {item};
        }
    }

    /** Whether the user bought the event's item before the event. */
    private static boolean boughtBefore(InteractionLog log, int user, int event) {
        for (int e = log.start(user); e < event; e++) {
            if (log.isPurchase(e) && log.itemOf(e) == log.itemOf(event)) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] chronologicalKeep(InteractionLog log, long cut) {
        boolean[] keep = new boolean[log.events()];
        for (int e = 0; e < keep.length; e++) {
            keep[e] = log.timeOf(e) < cut;
        }
        return keep;
    }

    private static long chronologicalCut(InteractionLog log, EvaluationProtocol p) {
        long[] sorted = new long[log.events()];
        for (int e = 0; e < sorted.length; e++) {
            sorted[e] = log.timeOf(e);
        }
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            throw new IllegalArgumentException("there are no events to split");
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p.cutFraction() * sorted.length))];
    }

    private static EvaluationSplit chronological(InteractionLog log, EvaluationProtocol p) {
        long cut = chronologicalCut(log, p);
        boolean[] keep = chronologicalKeep(log, cut);
        InteractionMatrix train = log.matrix(keep);
        int[][] targets = new int[log.users()][];
        BitSet candidates = new BitSet(log.items());
        for (int u = 0; u < log.users(); u++) {
            if (train.rowLength(u) == 0) {
                continue;
            }
            BitSet excluded = excluded(train, u, p.allowRepurchase());
            candidates.clear();
            for (int e = log.start(u); e < log.end(u); e++) {
                if (!keep[e] && isTarget(log, p, e) && !excluded.get(log.itemOf(e))) {
                    candidates.set(log.itemOf(e));
                }
            }
            if (!candidates.isEmpty()) {
                targets[u] = candidates.stream().toArray();
            }
        }
        return new EvaluationSplit(p, train, targets, cut - 1);
    }

    /** The items a user may not be recommended: all seen in training, less the bought ones if repurchase is allowed. */
    public static BitSet excluded(InteractionMatrix train, int user, boolean allowRepurchase) {
        BitSet out = new BitSet(train.items());
        for (int k = train.rowStart(user); k < train.rowEnd(user); k++) {
            if (!(allowRepurchase && train.bought(k))) {
                out.set(train.column(k));
            }
        }
        return out;
    }

    public int evaluatedUsers() {
        int n = 0;
        for (int[] t : targets) {
            if (t != null) {
                n++;
            }
        }
        return n;
    }
}
