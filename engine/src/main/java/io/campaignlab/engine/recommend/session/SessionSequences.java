package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.recommend.InteractionMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Click sessions as item sequences: each session's items in click order (ties in time keep the input order), items
 * as dense ids into {@link #itemIds()}, sessions in order of their first click. Immutable.
 *
 * @param itemIds    the raw item ids, in id order
 * @param sessionIds the raw session ids, one per session
 * @param sessions   each session's item ids in click order
 * @param startTimes each session's first click, epoch milliseconds
 */
public record SessionSequences(List<String> itemIds, List<String> sessionIds, int[][] sessions, long[] startTimes) {

    public SessionSequences {
        if (sessionIds.size() != sessions.length || startTimes.length != sessions.length) {
            throw new IllegalArgumentException("session ids, sequences and start times differ in length");
        }
        itemIds = List.copyOf(itemIds);
        sessionIds = List.copyOf(sessionIds);
    }

    /** Sessions. */
    public int size() {
        return sessions.length;
    }

    /** Catalogue size. */
    public int items() {
        return itemIds.size();
    }

    /** Clicks over all sessions. */
    public long clicks() {
        long n = 0;
        for (int[] s : sessions) {
            n += s.length;
        }
        return n;
    }

    /**
     * Groups clicks into sessions. Rows with a missing session, item or time (null, or {@link Long#MIN_VALUE}) are
     * skipped. Items get ids in order of first appearance unless {@code catalogue} is given, in which case the
     * catalogue's ids are used and clicks on items outside it are dropped.
     *
     * @param catalogue the item ids to use (for a test set: the training catalogue), or null to build one
     */
    public static SessionSequences group(String[] session, String[] item, long[] timeMillis, List<String> catalogue) {
        if (session.length != item.length || item.length != timeMillis.length) {
            throw new IllegalArgumentException("session, item and time columns differ in length");
        }
        Map<String, Integer> itemIndex = new HashMap<>();
        List<String> items = new ArrayList<>();
        if (catalogue != null) {
            for (String id : catalogue) {
                itemIndex.put(id, items.size());
                items.add(id);
            }
        }
        Map<String, List<Integer>> rowsBySession = new LinkedHashMap<>();
        for (int r = 0; r < session.length; r++) {
            if (session[r] == null || item[r] == null || timeMillis[r] == Long.MIN_VALUE) {
                continue;
            }
            if (catalogue == null) {
                itemIndex.computeIfAbsent(item[r], k -> {
                    items.add(k);
                    return items.size() - 1;
                });
            } else if (!itemIndex.containsKey(item[r])) {
                continue;
            }
            rowsBySession.computeIfAbsent(session[r], k -> new ArrayList<>()).add(r);
        }
        List<String> ids = new ArrayList<>(rowsBySession.keySet());
        int[][] seqs = new int[ids.size()][];
        long[] starts = new long[ids.size()];
        for (int s = 0; s < ids.size(); s++) {
            List<Integer> rows = rowsBySession.get(ids.get(s));
            rows.sort((a, b) -> {
                int c = Long.compare(timeMillis[a], timeMillis[b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            seqs[s] = new int[rows.size()];
            for (int t = 0; t < rows.size(); t++) {
                seqs[s][t] = itemIndex.get(item[rows.get(t)]);
            }
            starts[s] = timeMillis[rows.get(0)];
        }
        Integer[] order = new Integer[ids.size()];
        for (int s = 0; s < order.length; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Long.compare(starts[a], starts[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        List<String> sortedIds = new ArrayList<>(ids.size());
        int[][] sortedSeqs = new int[ids.size()][];
        long[] sortedStarts = new long[ids.size()];
        for (int s = 0; s < order.length; s++) {
            sortedIds.add(ids.get(order[s]));
            sortedSeqs[s] = seqs[order[s]];
            sortedStarts[s] = starts[order[s]];
        }
        return new SessionSequences(items, sortedIds, sortedSeqs, sortedStarts);
    }

    /** The sessions with at least {@code min} clicks, in the same order. */
    public SessionSequences atLeast(int min) {
        List<String> ids = new ArrayList<>();
        List<int[]> seqs = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        for (int s = 0; s < sessions.length; s++) {
            if (sessions[s].length >= min) {
                ids.add(sessionIds.get(s));
                seqs.add(sessions[s]);
                starts.add(startTimes[s]);
            }
        }
        return new SessionSequences(itemIds, ids, seqs.toArray(int[][]::new),
                starts.stream().mapToLong(Long::longValue).toArray());
    }

    /** Sessions {@code from} (inclusive) to {@code to} (exclusive), same catalogue. */
    public SessionSequences slice(int from, int to) {
        return new SessionSequences(itemIds, sessionIds.subList(from, to), Arrays.copyOfRange(sessions, from, to),
                Arrays.copyOfRange(startTimes, from, to));
    }

    /** Clicks per item over all sessions. */
    public double[] clickCounts() {
        double[] counts = new double[items()];
        for (int[] s : sessions) {
            for (int i : s) {
                counts[i]++;
            }
        }
        return counts;
    }

    /**
     * The session × item matrix (sessions as rows), one cell per distinct item of a session with value 1, for
     * item-to-item similarities on session co-occurrence.
     */
    public InteractionMatrix sessionItemMatrix() {
        List<Integer> rows = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        for (int s = 0; s < sessions.length; s++) {
            int[] distinct = Arrays.stream(sessions[s]).distinct().toArray();
            for (int i : distinct) {
                rows.add(s);
                cols.add(i);
            }
        }
        float[] ones = new float[rows.size()];
        Arrays.fill(ones, 1f);
        return InteractionMatrix.of(sessions.length, items(), rows.stream().mapToInt(Integer::intValue).toArray(),
                cols.stream().mapToInt(Integer::intValue).toArray(), ones);
    }
}
