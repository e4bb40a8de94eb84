package io.campaignlab.engine.campaigns.pricing;

import java.util.Locale;

/**
 * Chooses each user's discount to maximise the audience's expected margin, the sum of
 * P(buy | d) × (list price × (1 − d) − unit cost), under {@link PricingConstraints}:
 * <ul>
 *   <li>a level whose margin per order is below the minimum is never offered to that user (when none is left, the
 *       user gets {@link DiscountAllocation#NO_OFFER});</li>
 *   <li>the average discount cap is a Lagrangian penalty: each user takes the allowed level maximising
 *       P(buy | d) × margin(d) − λ × d, ties going to the smaller discount. The mean chosen discount falls as λ
 *       grows, so λ = 0 when that already meets the cap, else the smallest λ that meets it, found by bisection (and
 *       the returned choice is always the one at the feasible end of the bracket, so the cap holds exactly).</li>
 * </ul>
 * Each user's choice depends only on their own probabilities and λ, so a published λ decides a new user alone.
 */
public final class DiscountAllocator {

    private static final int BISECTION_STEPS = 100;
    private static final int DOUBLINGS = 200;

    private DiscountAllocator() {
    }

    /**
     * @param pBuy     by user, P(buy) at every level of the menu (estimated, or the planted truth for an oracle)
     * @param audience each user's list price and unit cost
     * @throws IllegalArgumentException when the sizes disagree, or the cap is below what the smallest allowed
     *                                  discounts already give
     */
    public static DiscountAllocation allocate(double[][] pBuy, PricedAudience audience, DiscountMenu menu,
                                              PricingConstraints constraints) {
        check(pBuy, audience, menu);
        double cap = constraints.maxAverageDiscount();
        DiscountAllocation free = choose(pBuy, audience, menu, constraints, 0.0);
        if (free.meanDiscount() <= cap) {
            return free;
        }
        DiscountAllocation least = choose(pBuy, audience, menu, constraints, Double.POSITIVE_INFINITY);
        if (least.meanDiscount() > cap) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the average discount cap %.4f is below %.4f, the mean of the smallest discounts allowed",
                    cap, least.meanDiscount()));
        }
        double low = 0.0;
        double high = 1.0;
        DiscountAllocation feasible = choose(pBuy, audience, menu, constraints, high);
        for (int d = 0; d < DOUBLINGS && feasible.meanDiscount() > cap; d++) {
            low = high;
            high *= 2;
            feasible = choose(pBuy, audience, menu, constraints, high);
        }
        if (feasible.meanDiscount() > cap) {
            return least;
        }
        for (int step = 0; step < BISECTION_STEPS; step++) {
            double mid = 0.5 * (low + high);
            DiscountAllocation at = choose(pBuy, audience, menu, constraints, mid);
            if (at.meanDiscount() <= cap) {
                high = mid;
                feasible = at;
            } else {
                low = mid;
            }
        }
        return feasible;
    }

    /**
     * The best allowed level for each user at a given multiplier λ on the discount ({@code +Infinity}: the smallest
     * allowed discount).
     */
    public static DiscountAllocation choose(double[][] pBuy, PricedAudience audience, DiscountMenu menu,
                                            PricingConstraints constraints, double multiplier) {
        int n = audience.size();
        int[] levels = new int[n];
        double discountSum = 0;
        for (int i = 0; i < n; i++) {
            levels[i] = bestLevel(pBuy[i], audience, i, menu, constraints.minMarginPerOrder(), multiplier);
            discountSum += levels[i] == DiscountAllocation.NO_OFFER ? 0.0 : menu.fraction(levels[i]);
        }
        return new DiscountAllocation(levels, multiplier, n == 0 ? 0.0 : discountSum / n);
    }

    /**
     * Everyone gets the same level, or where its margin is below the minimum the deepest allowed level below it:
     * the single-discount baseline a per-user choice must beat.
     */
    public static DiscountAllocation single(int level, PricedAudience audience, DiscountMenu menu,
                                            PricingConstraints constraints) {
        int n = audience.size();
        int[] levels = new int[n];
        double discountSum = 0;
        for (int i = 0; i < n; i++) {
            int k = level;
            while (k >= 0 && audience.margin(i, menu.fraction(k)) < constraints.minMarginPerOrder()) {
                k--;
            }
            levels[i] = k < 0 ? DiscountAllocation.NO_OFFER : k;
            discountSum += k < 0 ? 0.0 : menu.fraction(k);
        }
        return new DiscountAllocation(levels, Double.NaN, n == 0 ? 0.0 : discountSum / n);
    }

    private static int bestLevel(double[] p, PricedAudience audience, int user, DiscountMenu menu, double minMargin,
                                 double multiplier) {
        int best = DiscountAllocation.NO_OFFER;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < menu.size(); k++) {
            double margin = audience.margin(user, menu.fraction(k));
            if (margin < minMargin) {
                continue;
            }
            double value = Double.isInfinite(multiplier) ? -k : p[k] * margin - multiplier * menu.fraction(k);
            if (value > bestValue) {
                bestValue = value;
                best = k;
            }
        }
        return best;
    }

    private static void check(double[][] pBuy, PricedAudience audience, DiscountMenu menu) {
        if (pBuy.length != audience.size()) {
            throw new IllegalArgumentException("purchase probabilities for " + pBuy.length + " users but "
                    + audience.size() + " users priced");
        }
        for (double[] p : pBuy) {
            if (p.length != menu.size()) {
                throw new IllegalArgumentException("a user has " + p.length + " purchase probabilities for a menu of "
                        + menu.size() + " levels");
            }
        }
    }
}
