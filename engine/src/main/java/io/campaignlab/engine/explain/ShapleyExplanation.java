package io.campaignlab.engine.explain;

import java.util.List;

/**
 * The field-level Shapley values of one prediction: {@code prediction = base + Σ value} up to {@code efficiencyGap}.
 *
 * @param base          the mean score of the background rows, E[f]
 * @param prediction    the row's score f(x)
 * @param attributions  every player, by |value|, largest first
 * @param efficiencyGap |Σ value − (prediction − base)|, rounding only
 * @param walks         player orders walked
 */
public record ShapleyExplanation(double base, double prediction, List<Attribution> attributions,
                                 double efficiencyGap, int walks) {

    public ShapleyExplanation {
        attributions = List.copyOf(attributions);
    }

    /** The attribution of a player, by name. */
    public Attribution of(String player) {
        for (Attribution a : attributions) {
            if (a.player().equals(player)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no player " + player + " in the explanation");
    }
}
