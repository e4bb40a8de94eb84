package io.campaignlab.engine.campaigns;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One thing a campaign can give a user. Which fields apply depends on the kind ({@link CampaignCheck} refuses the
 * others):
 * <ul>
 *   <li>{@code recommendation}: {@code run} (a recommender run) fills {@code slots} item slots;</li>
 *   <li>{@code ad}: {@code creatives} (ad or banner ids) ranked by {@code run} (a CTR run);</li>
 *   <li>{@code coupon}: {@code amount} off the order (money) or {@code percent} off it, one of the two;</li>
 *   <li>{@code dynamic_discount}: a per-user discount chosen from {@code discount_menu} (percentages, e.g.
 *       0/5/10/15/20) to maximise expected margin, keeping at least {@code min_margin} (money) per order and an
 *       average discount of at most {@code max_average_discount} percent; {@code response_runs} optionally names
 *       the response model of each menu level, in the menu's order.</li>
 * </ul>
 *
 * @param name        unique within the campaign
 * @param kind        what it is
 * @param cost        what granting it costs, or null for nothing beyond the discount itself
 * @param eligibility conditions a user must meet to be offered it (AND), written as rule conditions
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Offer(String name, Kind kind, Long run, Integer slots, List<String> creatives, Double amount,
                    Double percent, List<Double> discountMenu, Double minMargin, Double maxAverageDiscount,
                    List<Long> responseRuns, CostModel cost, List<String> eligibility) {

    /** The kinds of offer. */
    public enum Kind {
        RECOMMENDATION, AD, COUPON, DYNAMIC_DISCOUNT;

        @JsonValue
        public String id() {
            return Choices.id(this);
        }

        @JsonCreator
        public static Kind parse(String text) {
            return Choices.parse(Kind.class, text, values());
        }
    }

    public Offer {
        creatives = frozen(creatives);
        discountMenu = frozen(discountMenu);
        responseRuns = frozen(responseRuns);
        eligibility = frozen(eligibility);
    }

    /** A coupon of a fixed amount off the order. */
    public static Offer couponAmount(String name, double amount) {
        return new Offer(name, Kind.COUPON, null, null, null, amount, null, null, null, null, null, null, null);
    }

    /** A coupon of a percentage off the order. */
    public static Offer couponPercent(String name, double percent) {
        return new Offer(name, Kind.COUPON, null, null, null, null, percent, null, null, null, null, null, null);
    }

    /** A dynamic discount chosen per user from a menu of percentages. */
    public static Offer dynamicDiscount(String name, List<Double> menu, Double minMargin, Double maxAverage) {
        return new Offer(name, Kind.DYNAMIC_DISCOUNT, null, null, null, null, null, menu, minMargin, maxAverage,
                null, null, null);
    }

    /** Null elements are kept, so that validation can name them. */
    static <T> List<T> frozen(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
