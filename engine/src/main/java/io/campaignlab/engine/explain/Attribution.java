package io.campaignlab.engine.explain;

/**
 * One player's share of a prediction.
 *
 * @param player       the player's name
 * @param value        its Shapley value, on the scale of the score explained
 * @param spread       the standard deviation of the value across the explanation's independent repeats (the
 *                     value is their mean, so its standard error is about spread / √repeats)
 * @param displayValue the player's value in the row, e.g. {@code device = mobile}
 */
public record Attribution(String player, double value, double spread, String displayValue) {
}
