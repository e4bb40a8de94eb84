package io.campaignlab.app.serve;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.simulate.PlantedResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of the simulator's planted responses answers a campaign's decisions in a drive, or why none can:
 * <ul>
 *   <li>percentage coupons of the levels {@code campaign_exposures} plants (10% and 20%): the coupon test's
 *       response ({@link SimulatedUsers});</li>
 *   <li>dynamic discounts whose menus, and percentage coupons whose levels, lie in the menu {@code discount_test}
 *       plants (0/5/10/15/20%): the discount test's response to a discount on each user's product
 *       ({@link SimulatedShoppers}), with the product's price and unit cost sent as the context;</li>
 *   <li>anything else (a fixed-amount coupon, another level, an ad or a recommendation) is refused, naming the
 *       offer.</li>
 * </ul>
 * The coupon test's levels are also levels of the discount menu, so a campaign that mixes them with other discounts
 * is answered by the discount test as a whole.
 */
enum DrivePlan {
    COUPON_TEST, DISCOUNT_TEST;

    /** @throws IllegalArgumentException naming each offer no planted response answers, and why */
    static DrivePlan of(Campaign campaign) {
        List<String> refused = new ArrayList<>();
        boolean couponTest = true;
        boolean discountTest = true;
        for (Offer o : campaign.offers()) {
            switch (o.kind()) {
                case COUPON -> {
                    if (o.percent() == null) {
                        refused.add(o.name() + " is a fixed-amount coupon; the simulator planted responses to"
                                + " percentages only");
                        continue;
                    }
                    boolean coupon = isLevel(o.percent(), PlantedResponse.COUPON_LEVELS_PCT);
                    boolean discount = isLevel(o.percent(), PlantedResponse.DISCOUNT_LEVELS_PCT);
                    couponTest &= coupon;
                    discountTest &= discount;
                    if (!coupon && !discount) {
                        refused.add(o.name() + " is a " + o.percent() + "% coupon; the simulator planted coupons of "
                                + PlantedResponse.COUPON_LEVELS_PCT + "% and discounts of "
                                + PlantedResponse.DISCOUNT_LEVELS_PCT + "%");
                    }
                }
                case DYNAMIC_DISCOUNT -> {
                    couponTest = false;
                    for (Double level : o.discountMenu()) {
                        if (level == null || !isLevel(level, PlantedResponse.DISCOUNT_LEVELS_PCT)) {
                            refused.add(o.name() + "'s menu level " + level + "% is not one the simulator planted"
                                    + " (" + PlantedResponse.DISCOUNT_LEVELS_PCT + "%)");
                        }
                    }
                }
                default -> refused.add(o.name() + " is " + (o.kind() == Offer.Kind.AD ? "an ad" : "a recommendation")
                        + "; the simulator planted no response to it");
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("campaign '" + campaign.name() + "' cannot be driven: "
                    + String.join("; ", refused));
        }
        return couponTest ? COUPON_TEST : DISCOUNT_TEST;
    }

    private static boolean isLevel(double percent, List<Integer> levels) {
        return percent == Math.rint(percent) && levels.contains((int) percent);
    }
}
