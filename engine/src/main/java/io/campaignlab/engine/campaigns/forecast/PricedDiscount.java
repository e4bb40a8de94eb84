package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.campaigns.Cents;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.pricing.DiscountAllocation;
import io.campaignlab.engine.campaigns.pricing.DiscountChooser;
import io.campaignlab.engine.campaigns.pricing.DiscountMenu;
import io.campaignlab.engine.campaigns.pricing.PricingConstraints;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A dynamic discount offer the forecast has a model of, over the scored users: P(buy) at each menu level from its
 * response runs (one per level; the 0 % level is what the user does without the offer), and each user's list price
 * and unit cost. Users are priced by the decision engine's own chooser ({@link DiscountChooser}: the best expected
 * margin among the levels meeting the minimum margin, the average discount cap as a running constraint over the
 * grants in arrival order), so the forecast prices the offer as serving will.
 * <p>
 * Per served user, with d the chosen level: the incremental conversion probability is P(buy | d) − P(buy | 0); the
 * revenue of a conversion is the list price before the discount and its margin list price − unit cost (the order's
 * gross margin), as a coupon's figures are counted; the cost is the grant cost plus, on every converting grant, the
 * discount (list price × d) and the offer's cost per conversion. So incremental margin − cost is the change in
 * expected margin net of the discount.
 *
 * @param offer     the dynamic discount
 * @param runs      its response runs, one per menu level
 * @param menu      its menu, in whole percents, with a 0 % level
 * @param pBuy      by scored user, P(buy) per level, or null where a response run has no score for the user
 * @param price     by scored user, the list price (NaN when unknown)
 * @param unitCost  by scored user, the unit cost (NaN when unknown)
 * @param test      the users' randomized discount test, when there is one, for the doubly robust correction; or null
 */
record PricedDiscount(Offer offer, List<Long> runs, DiscountMenu menu, double[][] pBuy, double[] price,
                      double[] unitCost, RandomizedTest test) {

    /**
     * The users' own outcomes in a randomized test of the menu's levels.
     *
     * @param arm        by scored user, the index of the level they were randomized to, or -1 when not in the test
     * @param bought     by scored user, 1 if they bought in the test, else 0
     * @param propensity by level, the share of the test's users randomized to it
     */
    record RandomizedTest(int[] arm, double[] bought, double[] propensity) {
    }

    PricedDiscount {
        if (menu.levelsPct().get(0) != 0) {
            throw new IllegalArgumentException("offer " + offer.name() + ": its menu " + menu.levelsPct() + " has no"
                    + " 0 % level, so no response run gives P(buy) without a discount, the baseline of its effect");
        }
        if (pBuy.length != price.length || price.length != unitCost.length) {
            throw new IllegalArgumentException("a dynamic discount needs one P(buy) row, price and unit cost per user");
        }
    }

    /** The offer's minimum margin and average cap, as the decision engine reads them. */
    PricingConstraints constraints() {
        return PricingConstraints.ofOffer(offer.minMargin(), offer.maxAverageDiscount());
    }

    /**
     * Which users the engine can price at all: response scores and a price are there, and some level leaves the
     * minimum margin (an unpriced user is not eligible for the offer, and the policy chooses among the others).
     */
    boolean[] priceable() {
        DiscountChooser chooser = new DiscountChooser(menu, constraints());
        boolean[] out = new boolean[pBuy.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = known(i) && chooser.free(pBuy[i], price[i], unitCost[i]) != DiscountAllocation.NO_OFFER;
        }
        return out;
    }

    private boolean known(int i) {
        return pBuy[i] != null && Double.isFinite(price[i]) && Double.isFinite(unitCost[i]) && price[i] >= 0
                && unitCost[i] >= 0;
    }

    /**
     * Each user's level as the engine would choose it, users arriving in a seeded random order and each counted in
     * the running average with its probability of being served ({@code weight}); {@link DiscountAllocation#NO_OFFER}
     * where the user is not priced or not served.
     */
    Levels choose(double[] weight, long seed) {
        DiscountChooser chooser = new DiscountChooser(menu, constraints());
        int n = pBuy.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed ^ 0xD15C0L);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] levels = new int[n];
        java.util.Arrays.fill(levels, DiscountAllocation.NO_OFFER);
        for (int i : order) {
            if (weight[i] <= 0 || !known(i)) {
                continue;
            }
            DiscountChooser.Choice c = chooser.choose(pBuy[i], price[i], unitCost[i], weight[i]);
            if (c.priced()) {
                levels[i] = c.level();
                chooser.grant(c.level(), weight[i]);
            }
        }
        return new Levels(levels, chooser.meanDiscountPct());
    }

    /** The chosen levels and the expected mean discount of the grants, in percent. */
    record Levels(int[] levels, double meanDiscountPct) {
    }

    /** The forecast inputs of serving each user its level with probability {@code weight[i]}. */
    AudienceInputs inputs(int[] levels, double[] weight) {
        int n = levels.length;
        double[] u = new double[n];
        double[] p = new double[n];
        double[] g = new double[n];
        double[] value = new double[n];
        double[] margin = new double[n];
        double[] c = new double[n];
        double grant = Cents.grant(offer) / 100.0;
        double perConversion = offer.cost() == null || offer.cost().perConversion() == null ? 0
                : offer.cost().perConversion();
        for (int i = 0; i < n; i++) {
            int k = levels[i];
            if (k == DiscountAllocation.NO_OFFER) {
                continue;
            }
            double w = weight[i];
            u[i] = w * Math.max(-1, Math.min(1, pBuy[i][k] - pBuy[i][0]));
            p[i] = w * pBuy[i][k];
            g[i] = w * grant;
            value[i] = price[i];
            margin[i] = price[i] > 0 ? Math.max(0, Math.min(1, (price[i] - unitCost[i]) / price[i])) : 0;
            c[i] = price[i] * menu.fraction(k) + perConversion;
        }
        return new AudienceInputs(u, p, value, margin, g, c);
    }

    /**
     * The doubly robust correction of {@link #inputs}' sums by the users' randomized outcomes: a user randomized to
     * their chosen level d adds (bought − P(buy | d)) / π(d) to the conversions with the offer, one randomized to 0 %
     * subtracts (bought − P(buy | 0)) / π(0) from those without it. Its expectation over the randomization is the
     * response models' error on the chosen levels, so the corrected sums are unbiased for the policy's effect even
     * where the levels were chosen by the models' own errors (the winner's curse), as long as the models were not
     * fitted on these users' outcomes. Null without a test.
     */
    Forecaster.Corrections corrections(int[] levels, double[] weight) {
        if (test == null) {
            return null;
        }
        int n = levels.length;
        double[] conv = new double[n];
        double[] revenue = new double[n];
        double[] margin = new double[n];
        double[] cost = new double[n];
        double perConversion = offer.cost() == null || offer.cost().perConversion() == null ? 0
                : offer.cost().perConversion();
        for (int i = 0; i < n; i++) {
            int k = levels[i];
            int a = test.arm()[i];
            if (k == DiscountAllocation.NO_OFFER || a < 0 || k == 0) {
                continue;
            }
            double treated = a == k ? (test.bought()[i] - pBuy[i][k]) / test.propensity()[k] : 0;
            double control = a == 0 ? (test.bought()[i] - pBuy[i][0]) / test.propensity()[0] : 0;
            double w = weight[i];
            double rate = price[i] > 0 ? Math.max(0, Math.min(1, (price[i] - unitCost[i]) / price[i])) : 0;
            conv[i] = w * (treated - control);
            revenue[i] = conv[i] * price[i];
            margin[i] = conv[i] * price[i] * rate;
            cost[i] = w * treated * (price[i] * menu.fraction(k) + perConversion);
        }
        return new Forecaster.Corrections(conv, revenue, margin, cost, "doubly robust corrections of "
                + offer.name() + "'s response runs by the users' outcomes in the randomized discount test");
    }

    /** The planted (or any other) P(buy) per user and level valued at the chosen levels: Σ w (p[d] − p[0]). */
    static double incrementalConversions(double[][] p, int[] levels, double[] weight) {
        double sum = 0;
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] != DiscountAllocation.NO_OFFER) {
                sum += weight[i] * (p[i][levels[i]] - p[i][0]);
            }
        }
        return sum;
    }
}
