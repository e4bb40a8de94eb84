package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.pricing.DiscountAllocation;
import io.campaignlab.engine.campaigns.pricing.DiscountAllocator;
import io.campaignlab.engine.campaigns.pricing.DiscountMenu;
import io.campaignlab.engine.campaigns.pricing.DiscountChooser;
import io.campaignlab.engine.campaigns.pricing.PricingConstraints;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Prices one dynamic discount offer of a loaded campaign, user by user, with {@link DiscountAllocator}'s rule: among
 * the menu's levels whose margin per order, list price × (1 − d) − unit cost, is at least {@code min_margin}, the
 * one maximising P(buy | d) × margin (ties to the smaller discount). The list price and unit cost come from the
 * request's context ({@code price}, {@code unit_cost}); P(buy | d) from the offer's response runs.
 * <p>
 * The average discount cap ({@code max_average_discount}, percent) is a running constraint: the mean discount over
 * the users granted this offer so far, this one included, never exceeds it. A level that would break it is not
 * offered; the user gets the best level among the lower ones (the menu truncated), or, when none is left, not this
 * offer. Granting is atomic, so the cap holds under concurrent requests. A menu level of 0 % always fits the cap.
 */
final class DynamicPricer {

    static final String PRICE = "price";
    static final String UNIT_COST = "unit_cost";

    private final Offer offer;
    private final DiscountMenu menu;
    private final PricingConstraints constraints;
    private final DiscountResponses responses;
    private final DiscountChooser chooser;

    /** @throws IllegalArgumentException when the menu's levels are not whole percents, or the runs do not match it */
    DynamicPricer(Offer offer, DiscountResponses responses) {
        this.offer = offer;
        this.menu = DiscountMenu.wholePercents(offer.name(), offer.discountMenu());
        if (responses.runs().size() != menu.size()) {
            throw new IllegalArgumentException("offer " + offer.name() + ": " + responses.runs().size()
                    + " response runs for " + menu.size() + " menu levels");
        }
        this.constraints = PricingConstraints.ofOffer(offer.minMargin(), offer.maxAverageDiscount());
        this.responses = responses;
        this.chooser = new DiscountChooser(menu, constraints);
    }

    Offer offer() {
        return offer;
    }

    /** A user's quote, or why this offer cannot be priced for them (null quote). */
    record Quote(DecisionTrace.Pricing pricing, String failure) {
    }

    /** The quote at the current running average, without granting it. */
    synchronized Quote quote(String userId, Map<String, Object> context) {
        return price(userId, context);
    }

    /** Prices again at the running average now, and if a level is left, grants it (counted in the average). */
    synchronized Quote grant(String userId, Map<String, Object> context) {
        Quote q = price(userId, context);
        if (q.pricing() != null) {
            chooser.grant(menu.levelsPct().indexOf(q.pricing().discountPct()), 1.0);
        }
        return q;
    }

    private Quote price(String userId, Map<String, Object> context) {
        double[] p = responses.byUser().get(userId);
        if (p == null) {
            return new Quote(null, "no response scores for this user in runs " + responses.runs());
        }
        Double price = money(context.get(PRICE));
        Double cost = money(context.get(UNIT_COST));
        if (price == null || cost == null) {
            return new Quote(null, "the context needs the item's price and unit_cost (numbers of at least 0) to price"
                    + " a dynamic discount");
        }
        DiscountChooser.Choice choice = chooser.choose(p, price, cost, 1.0);
        int free = choice.free();
        int level = choice.level();
        if (level == DiscountAllocation.NO_OFFER) {
            return new Quote(null, free == DiscountAllocation.NO_OFFER ? "no level of the menu leaves the minimum"
                    + " margin " + constraints.minMarginPerOrder() + " on price " + price + " and unit cost " + cost
                    : "the average discount cap " + percent(constraints.maxAverageDiscount()) + " % leaves no level");
        }
        double d = menu.fraction(level);
        double margin = price * (1.0 - d) - cost;
        return new Quote(new DecisionTrace.Pricing(offer.name(), menu.levelsPct(), Arrays.stream(p).boxed().toList(),
                price, cost, menu.levelsPct().get(level), margin, p[level] * margin, offer.minMargin(),
                chooser.meanDiscountPct(),
                percent(constraints.maxAverageDiscount()), level == free ? null : menu.levelsPct().get(free)), null);
    }

    private static double percent(double fraction) {
        return fraction * 100.0;
    }

    private static Double money(Object value) {
        Double d = value instanceof Number n ? n.doubleValue() : null;
        if (d == null && value != null) {
            try {
                d = Double.parseDouble(String.valueOf(value).strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return d != null && Double.isFinite(d) && d >= 0 ? d : null;
    }
}
