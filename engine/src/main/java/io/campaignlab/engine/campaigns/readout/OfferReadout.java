package io.campaignlab.engine.campaigns.readout;

import io.campaignlab.engine.campaigns.forecast.Interval;

/**
 * One offer a campaign served, read out against the holdout: the treated decisions granted it, what they converted,
 * brought and cost, and what they changed compared with the holdout's decisions, per decision times their count, with
 * 95% intervals. The total row ({@code offer} {@value #TOTAL}) holds every treated decision, granted or not: that
 * comparison is randomized. An offer's own row compares the users the policy gave it with the whole holdout, so it is
 * an effect on them only as far as they are like the holdout (offers with eligibility rules, or chosen by a model,
 * went to users who differ).
 *
 * @param offer                  the offer's name, or {@value #TOTAL}
 * @param kind                   its kind ({@code coupon}, {@code dynamic_discount}, ...), or null for the total
 * @param decisions              treated decisions granted it (all treated decisions for the total)
 * @param conversions            their conversions
 * @param revenue                their conversions' value
 * @param cost                   what they cost ({@link OfferCosts})
 * @param incrementalConversions decisions × (their conversion rate − the holdout's), 95% interval from Welch's
 *                               interval of the rate difference
 * @param netRevenue             decisions × (their mean value less cost − the holdout's mean value): the revenue they
 *                               added net of what they cost
 * @param roi                    net revenue / cost; null when they cost nothing
 */
public record OfferReadout(String offer, String kind, long decisions, long conversions, double revenue, double cost,
                           Interval incrementalConversions, Interval netRevenue, Double roi) {

    /** The offer name of the total row. */
    public static final String TOTAL = "total";
}
