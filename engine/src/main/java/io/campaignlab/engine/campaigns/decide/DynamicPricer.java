package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.pricing.DiscountAllocation;
import io.campaignlab.engine.campaigns.pricing.DiscountAllocator;
import io.campaignlab.engine.campaigns.pricing.DiscountMenu;
import io.campaignlab.engine.campaigns.pricing.PricedAudience;
import io.campaignlab.engine.campaigns.pricing.PricingConstraints;

import java.util.ArrayList;
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
    private long granted;
    private long discountPctSum;

    /** @throws IllegalArgumentException when the menu's levels are not whole percents, or the runs do not match it */
    DynamicPricer(Offer offer, DiscountResponses responses) {
        this.offer = offer;
        List<Integer> levels = new ArrayList<>();
        for (Double level : offer.discountMenu()) {
            if (level == null || level != Math.rint(level)) {
                throw new IllegalArgumentException("offer " + offer.name() + ": discount_menu level " + level
                        + " is not a whole percent; the decision engine serves whole percents");
            }
            levels.add(level.intValue());
        }
        this.menu = new DiscountMenu(levels);
        if (responses.runs().size() != menu.size()) {
            throw new IllegalArgumentException("offer " + offer.name() + ": " + responses.runs().size()
                    + " response runs for " + menu.size() + " menu levels");
        }
        double minMargin = offer.minMargin() == null ? -Double.MAX_VALUE : offer.minMargin();
        double cap = offer.maxAverageDiscount() == null ? 1.0 : offer.maxAverageDiscount() / 100.0;
        this.constraints = new PricingConstraints(minMargin, cap);
        this.responses = responses;
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
            granted++;
            discountPctSum += q.pricing().discountPct();
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
        PricedAudience one = new PricedAudience(new double[]{price}, new double[]{cost});
        int free = best(p, one, menu.size());
        int allowed = allowedLevels();
        int level = allowed >= menu.size() ? free : best(p, one, allowed);
        if (level == DiscountAllocation.NO_OFFER) {
            return new Quote(null, free == DiscountAllocation.NO_OFFER ? "no level of the menu leaves the minimum"
                    + " margin " + constraints.minMarginPerOrder() + " on price " + price + " and unit cost " + cost
                    : "the average discount cap " + percent(constraints.maxAverageDiscount()) + " % leaves no level");
        }
        double d = menu.fraction(level);
        double margin = one.margin(0, d);
        return new Quote(new DecisionTrace.Pricing(offer.name(), menu.levelsPct(), Arrays.stream(p).boxed().toList(),
                price, cost, menu.levelsPct().get(level), margin, p[level] * margin, offer.minMargin(), granted == 0 ? 0 : (double) discountPctSum / granted,
                percent(constraints.maxAverageDiscount()), level == free ? null : menu.levelsPct().get(free)), null);
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
    private int allowedLevels() {
        double capPct = percent(constraints.maxAverageDiscount());
        int k = 0;
        while (k < menu.size() && discountPctSum + menu.levelsPct().get(k) <= capPct * (granted + 1) + 1e-9) {
            k++;
        }
        return k;
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
