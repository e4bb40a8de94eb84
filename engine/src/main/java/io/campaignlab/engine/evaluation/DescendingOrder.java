package io.campaignlab.engine.evaluation;

/**
 * Row indices sorted by score, highest first; equal scores keep their original order (lower index first). A
 * stable merge sort on primitive arrays, O(n log n). {@code -0.0} and {@code 0.0} count as equal.
 */
final class DescendingOrder {

    private DescendingOrder() {
    }

    static int[] of(double[] scores) {
        int n = scores.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int left = 0; left < n - width; left += 2 * width) {
                merge(scores, order, buffer, left, left + width, Math.min(left + 2 * width, n));
            }
        }
        return order;
    }

    private static void merge(double[] scores, int[] order, int[] buffer, int left, int middle, int right) {
        int i = left;
        int j = middle;
        int k = left;
        while (i < middle && j < right) {
            // take from the right run only when strictly higher, so ties keep the left (earlier) index first
            if (scores[order[j]] > scores[order[i]]) {
                buffer[k++] = order[j++];
            } else {
                buffer[k++] = order[i++];
            }
        }
        while (i < middle) {
            buffer[k++] = order[i++];
        }
        while (j < right) {
            buffer[k++] = order[j++];
        }
        System.arraycopy(buffer, left, order, left, right - left);
    }
}
