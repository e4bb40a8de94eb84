package io.campaignlab.engine.campaigns.pricing;

import java.util.List;

/**
 * The discounts a campaign may offer, in whole percent, ascending and distinct, the first usually 0 (no discount).
 *
 * @param levelsPct the levels, each in [0, 100)
 */
public record DiscountMenu(List<Integer> levelsPct) {

    public DiscountMenu {
        levelsPct = List.copyOf(levelsPct);
        if (levelsPct.isEmpty()) {
            throw new IllegalArgumentException("a discount menu needs at least one level");
        }
        for (int k = 0; k < levelsPct.size(); k++) {
            int level = levelsPct.get(k);
            if (level < 0 || level >= 100) {
                throw new IllegalArgumentException("a discount must lie in [0, 100) percent, was " + level);
            }
            if (k > 0 && level <= levelsPct.get(k - 1)) {
                throw new IllegalArgumentException("discount levels must be ascending and distinct, found "
                        + levelsPct);
            }
        }
    }

    /** The menu 0/5/10/15/20 %. */
    public static DiscountMenu standard() {
        return new DiscountMenu(List.of(0, 5, 10, 15, 20));
    }

    public int size() {
        return levelsPct.size();
    }

    /** Level {@code k} as a fraction of the list price (15 % is 0.15). */
    public double fraction(int k) {
        return levelsPct.get(k) / 100.0;
    }

    /**
     * An offer's {@code discount_menu} as the decision engine serves it.
     *
     * @throws IllegalArgumentException naming the offer when a level is not a whole percent
     */
    public static DiscountMenu wholePercents(String offer, List<Double> levels) {
        List<Integer> out = new java.util.ArrayList<>();
        for (Double level : levels) {
            if (level == null || level != Math.rint(level)) {
                throw new IllegalArgumentException("offer " + offer + ": discount_menu level " + level
                        + " is not a whole percent; the decision engine serves whole percents");
            }
            out.add(level.intValue());
        }
        return new DiscountMenu(out);
    }
}
