package io.campaignlab.engine.recommend.search;

import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.InteractionLog;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;

/**
 * Planted event logs for the search tests: users in disjoint taste groups, each group viewing and buying only the
 * items of its own block, the first group much larger than the others (so global popularity points everyone to the
 * first block). Each user views 6 distinct items of the block, then buys two more of them: the second-to-last purchase
 * is the validation item and the last the test item under leave-last-out.
 */
final class PlantedLogs {

    static final int GROUPS = 4;
    static final int BLOCK = 40;

    private PlantedLogs() {
    }

    /** The log; {@code testItem} may replace each user's last purchase (given the planted one) to change the test. */
    static InteractionLog blocks(int users, long seed, IntUnaryOperator testItem) {
        List<String> u = new ArrayList<>();
        List<String> it = new ArrayList<>();
        List<String> type = new ArrayList<>();
        List<Long> t = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (int user = 0; user < users; user++) {
            int group = user % 2 == 0 ? 0 : 1 + random.nextInt(GROUPS - 1);
            int[] picks = distinct(random, 8);
            for (int e = 0; e < 8; e++) {
                int item = group * BLOCK + picks[e];
                if (e == 7) {
                    item = testItem.applyAsInt(item);
                }
                u.add("u" + user);
                it.add("i" + item);
                type.add(e < 6 ? "view" : "purchase");
                t.add(1_000L * e + user);
            }
        }
        return InteractionLog.of(u.toArray(String[]::new), it.toArray(String[]::new), type.toArray(String[]::new),
                t.stream().mapToLong(Long::longValue).toArray(), EventWeights.defaults());
    }

    private static int[] distinct(SplittableRandom random, int n) {
        int[] all = new int[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            all[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(BLOCK - i);
            int x = all[i];
            all[i] = all[j];
            all[j] = x;
        }
        return java.util.Arrays.copyOf(all, n);
    }
}
