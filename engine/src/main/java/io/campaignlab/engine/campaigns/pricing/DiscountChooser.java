package io.campaignlab.engine.campaigns.pricing;

import java.util.Arrays;

/**
 * The decision engine's per-user discount choice, one user at a time: among the menu's levels whose margin per
 * order, list price × (1 − d) − unit cost, is at least the minimum, the one maximising P(buy | d) × margin
 * ({@link DiscountAllocator}'s rule at multiplier 0, ties to the smaller discount). The average discount cap is a
 * running constraint: the mean discount over the users granted so far, this one included, never exceeds it; a level
 * that would break it is not offered and the user gets the best of the lower levels (the menu truncated). A grant
 * may carry a weight in (0, 1], the probability that the user is served at all, so that a forecast can run the same
 * choice over expected grants; the decision engine grants with weight 1. Not thread-safe: the engine synchronises.
 */
public final class DiscountChooser {

    private final DiscountMenu menu;
    private final PricingConstraints constraints;
    private double granted;
    private double discountPctSum;

    public DiscountChooser(DiscountMenu menu, PricingConstraints constraints) {
        this.menu = menu;
        this.constraints = constraints;
    }

    /**
     * One user's choice now.
     *
     * @param free  the best level without the average cap, or {@link DiscountAllocation#NO_OFFER} when no level
     *              leaves the minimum margin
     * @param level the level the cap allows, or {@link DiscountAllocation#NO_OFFER} when none is left
     */
    public record Choice(int free, int level) {

        public boolean priced() {
            return level != DiscountAllocation.NO_OFFER;
        }
    }

    public DiscountMenu menu() {
        return menu;
    }

    public PricingConstraints constraints() {
        return constraints;
    }

    /** The choice for a user with P(buy) {@code p} per level, at the running average now, without granting it. */
    public Choice choose(double[] p, double price, double unitCost, double weight) {
        PricedAudience one = new PricedAudience(new double[]{price}, new double[]{unitCost});
        int free = best(p, one, menu.size());
        int allowed = allowedLevels(weight);
        return new Choice(free, allowed >= menu.size() ? free : best(p, one, allowed));
    }

    /** The best level without the cap, by the allocator's rule (the minimum margin only). */
    public int free(double[] p, double price, double unitCost) {
        return best(p, new PricedAudience(new double[]{price}, new double[]{unitCost}), menu.size());
    }

    /** Counts a granted level in the running average, with the probability {@code weight} that it is granted. */
    public void grant(int level, double weight) {
        granted += weight;
        discountPctSum += weight * menu.levelsPct().get(level);
    }

    /** The mean discount, in percent, over what was granted so far (0 before the first grant). */
    public double meanDiscountPct() {
        return granted == 0 ? 0 : discountPctSum / granted;
    }

    /** The cap on the mean discount, in percent. */
    public double capPct() {
        return constraints.maxAverageDiscount() * 100.0;
    }

    /** The best level among the first {@code levels} of the menu, by the allocator's rule at multiplier 0. */
    private int best(double[] p, PricedAudience one, int levels) {
        if (levels <= 0) {
            return DiscountAllocation.NO_OFFER;
        }
        DiscountMenu truncated = new DiscountMenu(menu.levelsPct().subList(0, levels));
        return DiscountAllocator.choose(new double[][]{Arrays.copyOf(p, levels)}, one, truncated, constraints, 0.0)
                .levels()[0];
    }

    /** How many of the menu's lowest levels keep the running mean within the cap if granted now. */
    private int allowedLevels(double weight) {
        double cap = capPct();
        int k = 0;
        while (k < menu.size()
                && discountPctSum + weight * menu.levelsPct().get(k) <= cap * (granted + weight) + 1e-9) {
            k++;
        }
        return k;
    }
}
