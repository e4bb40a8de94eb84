package io.campaignlab.engine.features;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Stable time order, on the packed path and on the fallback for time ranges too wide to pack. */
class TimeOrderTest {

    @Test
    void sortsByTimeKeepingTiesInRowOrder() {
        assertThat(TimeOrder.argsort(new long[] {30, 10, 20, 10, 30, -5})).containsExactly(5, 1, 3, 2, 0, 4);
        assertThat(TimeOrder.argsort(new long[0])).isEmpty();
        assertThat(TimeOrder.argsort(new long[] {7})).containsExactly(0);
    }

    @Test
    void wideRangesFallBackToAStableSort() {
        long[] times = {Long.MAX_VALUE, 0, Long.MIN_VALUE, 0, Long.MAX_VALUE, -1};
        assertThat(TimeOrder.argsort(times)).containsExactly(2, 5, 1, 3, 0, 4);
    }

    @Test
    void randomTimesComeOutOrderedAndStable() {
        Random random = new Random(9);
        for (int round = 0; round < 20; round++) {
            int n = 1 + random.nextInt(5000);
            long[] times = new long[n];
            boolean wide = round % 4 == 0;
            for (int i = 0; i < n; i++) {
                times[i] = wide ? random.nextLong() % 5 * (Long.MAX_VALUE / 4) : 1_700_000_000_000L + random.nextInt(300);
            }
            int[] order = TimeOrder.argsort(times);
            assertThat(order).hasSize(n);
            boolean[] seen = new boolean[n];
            for (int k = 0; k < n; k++) {
                assertThat(seen[order[k]]).isFalse();
                seen[order[k]] = true;
                if (k > 0) {
                    long previous = times[order[k - 1]];
                    assertThat(times[order[k]]).isGreaterThanOrEqualTo(previous);
                    if (times[order[k]] == previous) {
                        assertThat(order[k]).isGreaterThan(order[k - 1]);
                    }
                }
            }
        }
    }
}
