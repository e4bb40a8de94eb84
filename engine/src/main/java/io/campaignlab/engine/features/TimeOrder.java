package io.campaignlab.engine.features;

import java.util.Arrays;
import java.util.Comparator;

/** Stable ordering of row positions by time. */
final class TimeOrder {

    private TimeOrder() {
    }

    /**
     * Row positions sorted by time, ascending; rows with equal times keep their order (stable). Packs
     * (time − min, position) into one {@code long} and sorts primitives when the time range allows, else falls back
     * to a stable sort of boxed positions.
     */
    static int[] argsort(long[] times) {
        int n = times.length;
        int[] order = new int[n];
        if (n == 0) {
            return order;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long t : times) {
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        long range = max - min;
        int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(n - 1L));
        int rangeBits = 64 - Long.numberOfLeadingZeros(range);
        if (range >= 0 && indexBits + rangeBits <= 63) {
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                packed[i] = ((times[i] - min) << indexBits) | i;
            }
            Arrays.sort(packed);
            long indexMask = (1L << indexBits) - 1;
            for (int i = 0; i < n; i++) {
                order[i] = (int) (packed[i] & indexMask);
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, Comparator.comparingLong(i -> times[i])); // TimSort: stable
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }
}
