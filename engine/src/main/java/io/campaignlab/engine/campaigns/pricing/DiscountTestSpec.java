package io.campaignlab.engine.campaigns.pricing;

import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;

import java.util.List;
import java.util.Objects;

/**
 * How to learn a dynamic discount from a randomized discount test (one row per user).
 *
 * @param discountColumn the numeric column holding each user's randomized discount in percent (a menu level)
 * @param labelColumn    the 1/0 purchase column
 * @param categorical    categorical feature columns
 * @param numeric        numeric feature columns
 * @param menu           the discount menu the test randomized over
 * @param split          the user split: response models fit on train, penalties are chosen on validation, test
 *                       users are left for evaluation
 */
public record DiscountTestSpec(String discountColumn, String labelColumn, List<String> categorical,
                               List<String> numeric, DiscountMenu menu, SplitSpec split) {

    public DiscountTestSpec {
        Objects.requireNonNull(discountColumn, "discountColumn");
        Objects.requireNonNull(labelColumn, "labelColumn");
        categorical = List.copyOf(categorical);
        numeric = List.copyOf(numeric);
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(split, "split");
        if (categorical.isEmpty() && numeric.isEmpty()) {
            throw new IllegalArgumentException("a discount response model needs at least one feature column");
        }
    }

    /**
     * The simulator's {@code discount_test}: the standard menu, every observable column of the user and the
     * product, and a 60/20/20 user split with the given seed.
     */
    public static DiscountTestSpec simulated(long splitSeed) {
        return new DiscountTestSpec("discount_pct", "converted", List.of("age_band", "region", "device", "category"),
                List.of("history_orders", "promo_orders", "visits", "promo_clicks", "list_price"),
                DiscountMenu.standard(), new SplitSpec(SplitKind.USER, 0.6, 0.2, splitSeed));
    }
}
