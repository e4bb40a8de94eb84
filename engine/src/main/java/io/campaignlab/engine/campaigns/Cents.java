package io.campaignlab.engine.campaigns;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in the campaign's units to integer cents, the budget ledger's unit, and the one definition of what an offer
 * charges the campaign's budget: its {@code cost.per_grant}, rounded to the cent, once each time it is granted. A
 * coupon's or discount's own value and the per-click and per-conversion costs are not budget spend: they fall due
 * after the decision (on a click or a redemption), when the budget can no longer refuse them. The decision engine's
 * ledger and the forecast's budget curve both count spend with {@link #grant(Offer)}.
 */
public final class Cents {

    private Cents() {
    }

    /** A cost, rounded half-up to the cent; 0 for null. */
    public static long cost(Double money) {
        return money == null ? 0 : BigDecimal.valueOf(money).setScale(2, RoundingMode.HALF_UP).movePointRight(2)
                .longValueExact();
    }

    /** A budget, rounded down to the cent, so that granting up to it never passes the money set. */
    public static long budget(double money) {
        return BigDecimal.valueOf(money).setScale(2, RoundingMode.FLOOR).movePointRight(2).longValueExact();
    }

    /** What granting the offer once charges the budget, in cents: its per-grant cost (0 when it has none). */
    public static long grant(Offer offer) {
        return cost(offer.cost() == null ? null : offer.cost().perGrant());
    }
}
