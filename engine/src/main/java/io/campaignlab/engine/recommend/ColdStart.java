package io.campaignlab.engine.recommend;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The fallback for a user the model cannot rank for (unknown, or with no history it knows): the most popular items,
 * by the share of users who interacted with each, optionally within a category, less what the user already has.
 * The counts and the order are computed once per log, so that one instance answers many users (the decision engine
 * holds one warm per recommendation offer).
 */
final class ColdStart {

    private final InteractionLog log;
    private final InteractionMatrix m;
    private final int[] users;
    private final int[] order;

    /** Counts each item's users and orders the items by that count (ties by id), once. */
    ColdStart(InteractionLog log) {
        this(log, log.matrix());
    }

    /** @param m the log's whole matrix ({@link InteractionLog#matrix()}), when the caller has it already */
    ColdStart(InteractionLog log, InteractionMatrix m) {
        this.log = log;
        this.m = m;
        users = new int[m.items()];
        for (int u = 0; u < m.users(); u++) {
            for (int c = m.rowStart(u); c < m.rowEnd(u); c++) {
                users[m.column(c)]++;
            }
        }
        List<Integer> sorted = new ArrayList<>();
        for (int i = 0; i < m.items(); i++) {
            if (users[i] > 0) {
                sorted.add(i);
            }
        }
        sorted.sort((a, b) -> users[a] != users[b] ? Integer.compare(users[b], users[a])
                : log.itemId(a).compareTo(log.itemId(b)));
        order = sorted.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * @param user     the user's index in the log, or −1 when unknown
     * @param category only items of this category (by the catalogue), or null for all
     */
    static List<UserRecommendations.Recommendation> popular(InteractionLog log, int user, int k, String category,
                                                            ItemCatalog catalog) {
        return new ColdStart(log).popular(user, k, category, catalog);
    }

    /** The {@code k} most popular items the user does not have, within {@code category} when not null. */
    List<UserRecommendations.Recommendation> popular(int user, int k, String category, ItemCatalog catalog) {
        if (category != null && catalog.isEmpty()) {
            throw new IllegalArgumentException("the popularity fallback within category '" + category + "' needs an"
                    + " items dataset with a category column; none was found (name one with --items)");
        }
        BitSet own = new BitSet(m.items());
        if (user >= 0) {
            for (int c = m.rowStart(user); c < m.rowEnd(user); c++) {
                own.set(m.column(c));
            }
        }
        List<UserRecommendations.Recommendation> out = new ArrayList<>();
        for (int p = 0; p < order.length && out.size() < k; p++) {
            int i = order[p];
            if (!own.get(i) && (category == null || catalog.inCategory(log.itemId(i), category))) {
                out.add(new UserRecommendations.Recommendation(log.itemId(i), users[i] / (double) m.users(),
                        List.of()));
            }
        }
        return out;
    }

    /** How the output names the fallback. */
    static String label(String category) {
        return category == null ? "popularity" : "popularity in category " + category.strip();
    }
}
