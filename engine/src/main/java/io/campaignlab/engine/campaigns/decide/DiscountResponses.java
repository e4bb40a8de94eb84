package io.campaignlab.engine.campaigns.decide;

import java.util.List;
import java.util.Map;

/**
 * A dynamic discount offer's response model as the engine holds it warm: for each user the response runs scored,
 * P(buy) at every level of the offer's menu (level k from the k-th response run's score of that user).
 *
 * @param runs   the response runs, one per menu level, in the menu's order
 * @param byUser by user id, P(buy) per level
 */
public record DiscountResponses(List<Long> runs, Map<String, double[]> byUser) {

    public DiscountResponses {
        runs = List.copyOf(runs);
        byUser = Map.copyOf(byUser);
        for (Map.Entry<String, double[]> e : byUser.entrySet()) {
            if (e.getValue().length != runs.size()) {
                throw new IllegalArgumentException("user " + e.getKey() + " has " + e.getValue().length
                        + " purchase probabilities for " + runs.size() + " response runs");
            }
            for (double p : e.getValue()) {
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("user " + e.getKey() + " has the purchase probability " + p
                            + ", outside [0, 1]: a response run's scores must be probabilities");
                }
            }
        }
    }
}
