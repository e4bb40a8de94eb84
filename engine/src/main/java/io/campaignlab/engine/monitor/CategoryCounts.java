package io.campaignlab.engine.monitor;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts of each category in a reference and a current sample, aligned by category, with the missing values of each.
 * Built without an object per row: strings are looked up in one map of the distinct values, codes index arrays, and
 * sorted numbers are merged.
 *
 * @param labels           the categories, in their natural order (labels sorted, codes by code, numbers ascending)
 * @param reference        the reference's count per category
 * @param current          the current sample's count per category
 * @param referenceMissing the reference's missing values
 * @param currentMissing   the current sample's missing values
 */
record CategoryCounts(String[] labels, long[] reference, long[] current, long referenceMissing,
                      long currentMissing) {

    long referenceTotal() {
        return Arrays.stream(reference).sum();
    }

    long currentTotal() {
        return Arrays.stream(current).sum();
    }

    /** Counts of strings; {@code null} is missing. Categories come out sorted. */
    static CategoryCounts ofTexts(String[] reference, String[] current) {
        Map<String, Integer> index = new HashMap<>();
        long[][] counts = {new long[16], new long[16]};
        long[] missing = new long[2];
        String[][] samples = {reference, current};
        for (int side = 0; side < 2; side++) {
            for (String value : samples[side]) {
                if (value == null) {
                    missing[side]++;
                    continue;
                }
                Integer at = index.get(value);
                if (at == null) {
                    at = index.size();
                    index.put(value, at);
                    if (at == counts[0].length) {
                        counts[0] = Arrays.copyOf(counts[0], at * 2);
                        counts[1] = Arrays.copyOf(counts[1], at * 2);
                    }
                }
                counts[side][at]++;
            }
        }
        String[] labels = index.keySet().toArray(String[]::new);
        Arrays.sort(labels);
        long[] ref = new long[labels.length];
        long[] cur = new long[labels.length];
        for (int i = 0; i < labels.length; i++) {
            int at = index.get(labels[i]);
            ref[i] = counts[0][at];
            cur[i] = counts[1][at];
        }
        return new CategoryCounts(labels, ref, cur, missing[0], missing[1]);
    }

    /** Counts of codes 0..labels.length−1; a negative code is missing. Every label is kept, even when unseen. */
    static CategoryCounts ofCodes(int[] reference, int[] current, String[] labels) {
        long[] ref = new long[labels.length];
        long[] cur = new long[labels.length];
        long refMissing = count(reference, ref);
        long curMissing = count(current, cur);
        return new CategoryCounts(labels.clone(), ref, cur, refMissing, curMissing);
    }

    private static long count(int[] codes, long[] counts) {
        long missing = 0;
        for (int code : codes) {
            if (code < 0) {
                missing++;
            } else {
                counts[code]++;
            }
        }
        return missing;
    }

    /** Counts of each distinct value of two ascending arrays of finite numbers, the values in ascending order. */
    static CategoryCounts ofSortedNumbers(double[] reference, double[] current, long referenceMissing,
                                          long currentMissing) {
        int distinct = 0;
        int i = 0;
        int j = 0;
        while (i < reference.length || j < current.length) {
            double x = next(reference, i, current, j);
            while (i < reference.length && reference[i] == x) {
                i++;
            }
            while (j < current.length && current[j] == x) {
                j++;
            }
            distinct++;
        }
        String[] labels = new String[distinct];
        long[] ref = new long[distinct];
        long[] cur = new long[distinct];
        i = 0;
        j = 0;
        for (int k = 0; k < distinct; k++) {
            double x = next(reference, i, current, j);
            labels[k] = label(x);
            while (i < reference.length && reference[i] == x) {
                i++;
                ref[k]++;
            }
            while (j < current.length && current[j] == x) {
                j++;
                cur[k]++;
            }
        }
        return new CategoryCounts(labels, ref, cur, referenceMissing, currentMissing);
    }

    private static double next(double[] a, int i, double[] b, int j) {
        return j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    }

    /** A number as a category: integers without a decimal point. */
    static String label(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
