package io.campaignlab.engine.recommend;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.PriorityQueue;

/** An item and its score. */
public record ScoredItem(int item, double score) {

    /** The {@code k} best items not in {@code exclude}: highest score first, ties by lower id; NaN never wins. */
    public static List<ScoredItem> top(double[] scores, int k, BitSet exclude) {
        int[] ids = topIds(scores, k, exclude);
        List<ScoredItem> out = new ArrayList<>(ids.length);
        for (int i : ids) {
            out.add(new ScoredItem(i, scores[i]));
        }
        return out;
    }

    public static int[] topIds(double[] scores, int k, BitSet exclude) {
        // min-heap of the best k so far: the root is the worst kept (lowest score, then highest id)
        PriorityQueue<Integer> heap = new PriorityQueue<>(k + 1, (a, b) -> better(scores, b, a));
        for (int i = 0; i < scores.length; i++) {
            if ((exclude != null && exclude.get(i)) || Double.isNaN(scores[i])) {
                continue;
            }
            if (heap.size() < k) {
                heap.add(i);
            } else if (better(scores, i, heap.peek()) < 0) {
                heap.poll();
                heap.add(i);
            }
        }
        int[] out = new int[heap.size()];
        for (int p = out.length - 1; p >= 0; p--) {
            out[p] = heap.poll();
        }
        return out;
    }

    /** Negative when item a ranks before item b. */
    private static int better(double[] scores, int a, int b) {
        int c = Double.compare(scores[b], scores[a]);
        return c != 0 ? c : Integer.compare(a, b);
    }
}
