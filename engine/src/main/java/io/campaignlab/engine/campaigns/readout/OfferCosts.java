package io.campaignlab.engine.campaigns.readout;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CostModel;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.experiments.AbCosts;

/**
 * What a campaign's offer costs, as the A/B readout prices a treated unit: its cost per grant for each treated
 * decision, and per treated conversion its cost per conversion plus the coupon's own value (a fixed amount, or the
 * percent of the treated arm's mean order value). As the forecast, it prices one offer.
 */
public final class OfferCosts {

    private OfferCosts() {
    }

    /**
     * @param design         the campaign version that served
     * @param meanOrderValue the treated arm's mean value per conversion, for a percent coupon
     * @param revenue        the value column
     * @param conversion     the 0/1 conversion column
     * @throws IllegalArgumentException when the campaign has not exactly one offer, or the offer costs nothing
     */
    public static AbCosts of(Campaign design, double meanOrderValue, String revenue, String conversion) {
        if (design.offers().size() != 1) {
            throw new IllegalArgumentException("the readout prices one offer; campaign '" + design.name() + "' has "
                    + design.offers().size());
        }
        Offer offer = design.offers().get(0);
        CostModel cost = offer.cost();
        double grant = cost == null || cost.perGrant() == null ? 0 : cost.perGrant();
        double fee = cost == null || cost.perConversion() == null ? 0 : cost.perConversion();
        double coupon = 0;
        if (offer.kind() == Offer.Kind.COUPON) {
            coupon = offer.amount() != null ? offer.amount()
                    : offer.percent() == null || Double.isNaN(meanOrderValue) ? 0
                    : meanOrderValue * offer.percent() / 100.0;
        }
        if (grant == 0 && fee + coupon == 0) {
            throw new IllegalArgumentException("offer '" + offer.name() + "' of campaign '" + design.name()
                    + "' costs nothing (no cost per grant, per conversion or coupon value), so there is no net of"
                    + " cost to read");
        }
        return new AbCosts(grant, fee + coupon, revenue, fee + coupon > 0 ? conversion : null);
    }
}
