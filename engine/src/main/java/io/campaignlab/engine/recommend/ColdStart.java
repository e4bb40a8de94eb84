package io.campaignlab.engine.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * The fallback for a user the model cannot rank for (unknown, or with no history it knows): the most popular items,
 * by the share of users who interacted with each, optionally within a category, less what the user already has.
 */
final class ColdStart {

    private ColdStart() {
    }

    /**
     * @param user     the user's index in the log, or −1 when unknown
     * @param category only items of this category (by the catalogue), or null for all
     */
    static List<UserRecommendations.Recommendation> popular(InteractionLog log, int user, int k, String category,
                                                            ItemCatalog catalog) {
        if (category != null && catalog.isEmpty()) {
            throw new IllegalArgumentException("the popularity fallback within category '" + category + "' needs an"
                    + " items dataset with a category column; none was found (name one with --items)");
        }
        InteractionMatrix m = log.matrix();
        int[] users = new int[m.items()];
        for (int u = 0; u < m.users(); u++) {
            for (int c = m.rowStart(u); c < m.rowEnd(u); c++) {
                users[m.column(c)]++;
            }
        }
        java.util.BitSet own = new java.util.BitSet(m.items());
        if (user >= 0) {
            for (int c = m.rowStart(user); c < m.rowEnd(user); c++) {
                own.set(m.column(c));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < m.items(); i++) {
            if (!own.get(i) && users[i] > 0 && (category == null || catalog.inCategory(log.itemId(i), category))) {
                order.add(i);
            }
        }
        order.sort((a, b) -> users[a] != users[b] ? Integer.compare(users[b], users[a])
                : log.itemId(a).compareTo(log.itemId(b)));
        List<UserRecommendations.Recommendation> out = new ArrayList<>();
        for (int i : order.subList(0, Math.min(k, order.size()))) {
            out.add(new UserRecommendations.Recommendation(log.itemId(i), users[i] / (double) m.users(), List.of()));
        }
        return out;
    }

    /** How the output names the fallback. */
    static String label(String category) {
        return category == null ? "popularity" : "popularity in category " + category.strip();
    }
}
