package io.campaignlab.engine.campaigns.readout;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CostModel;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.experiments.AbCosts;

/**
 * What each logged decision cost, as the readout prices it: a treated decision granted an offer costs the grant cost
 * it was logged with, and when it converted, the offer's cost per conversion plus what the offer gave off the order: a
 * fixed coupon's amount; a percentage coupon's percent of the treated arm's mean order value; a dynamic discount's
 * discount on that order (its value is logged after the discount, so the discount is value × d / (100 − d), d the
 * percent it was granted). A holdout decision, or a treated one granted nothing, costs nothing.
 */
public final class OfferCosts {

    private OfferCosts() {
    }

    /**
     * @param design         the campaign version that serves (offers no longer in it cost their grant only)
     * @param treated        by decision, whether it is in the treated arm
     * @param offers         by decision, the offer granted, or null / blank / {@code none} for none
     * @param converted      by decision, 1 if it converted
     * @param value          by decision, the conversions' value
     * @param grant          by decision, the grant cost logged, in money
     * @param discountPct    by decision, the percent off granted (0 for none or an amount)
     * @param meanOrderValue the treated arm's mean value per conversion, for a percentage coupon
     */
    public static double[] perDecision(Campaign design, boolean[] treated, String[] offers, double[] converted,
                                       double[] value, double[] grant, double[] discountPct, double meanOrderValue) {
        double[] cost = new double[offers.length];
        for (int i = 0; i < cost.length; i++) {
            if (!treated[i] || !granted(offers[i])) {
                continue;
            }
            Offer offer = find(design, offers[i]);
            cost[i] = grant[i];
            if (offer != null && converted[i] > 0) {
                cost[i] += fee(offer) + off(offer, value[i], discountPct[i], meanOrderValue);
            }
        }
        return cost;
    }

    /** Whether a decision's offer column names an offer. */
    public static boolean granted(String offer) {
        return offer != null && !offer.isBlank() && !CampaignReadoutJob.NO_OFFER.equals(offer);
    }

    /**
     * The treated arm's costs as the A/B readout's sentences state them: the mean grant cost per treated decision and
     * the mean conversion cost per treated conversion; null when nothing cost anything.
     */
    static AbCosts summary(boolean[] treated, double[] cost, double[] grant, double[] converted, String revenue,
                           String conversion) {
        double grants = 0;
        double rest = 0;
        long units = 0;
        long conversions = 0;
        for (int i = 0; i < cost.length; i++) {
            if (treated[i]) {
                units++;
                conversions += converted[i] > 0 ? 1 : 0;
                double g = cost[i] > 0 ? grant[i] : 0;
                grants += g;
                rest += cost[i] - g;
            }
        }
        double perUnit = units == 0 ? 0 : grants / units;
        double perConversion = conversions == 0 ? 0 : rest / conversions;
        if (!(perUnit > 0) && !(perConversion > 0)) {
            return null;
        }
        return new AbCosts(Math.max(0, perUnit), Math.max(0, perConversion), revenue,
                perConversion > 0 ? conversion : null);
    }

    private static Offer find(Campaign design, String name) {
        return design.offers().stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
    }

    private static double fee(Offer offer) {
        CostModel cost = offer.cost();
        return cost == null || cost.perConversion() == null ? 0 : cost.perConversion();
    }

    private static double off(Offer offer, double value, double discountPct, double meanOrderValue) {
        return switch (offer.kind()) {
            case COUPON -> offer.amount() != null ? offer.amount() : offer.percent() == null
                    || Double.isNaN(meanOrderValue) ? 0 : meanOrderValue * offer.percent() / 100.0;
            case DYNAMIC_DISCOUNT -> discountPct > 0 && discountPct < 100 && value > 0
                    ? value * discountPct / (100 - discountPct) : 0;
            case AD, RECOMMENDATION -> 0;
        };
    }
}
