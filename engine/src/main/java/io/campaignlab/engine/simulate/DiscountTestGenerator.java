package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the {@code discount_test} experiment: one row per user, offered one product at a discount drawn uniformly
 * from the menu 0/5/10/15/20 % ({@link PlantedDiscountModel#LEVELS_PCT}).
 *
 * <p>Per user, all drawn before assignment:
 * <ul>
 *   <li>the product, picked from the catalog as a shopper browses ({@link ItemCatalog#pickFor}), with its category,
 *       {@code list_price} and {@code unit_cost} = list price × (1 − the category's gross margin);</li>
 *   <li>{@code history_orders} ~ Poisson(activity × 2 × (1.4 − 0.8 × price_sensitivity)), of which
 *       {@code promo_orders} ~ Binomial(history_orders, 0.1 + 0.8 × price_sensitivity) were bought on
 *       promotion;</li>
 *   <li>{@code visits} in the 30 days before the offer ~ Poisson(3 × activity + 0.5), and {@code promo_clicks} on
 *       promotional e-mails in the past 90 days ~ Poisson(0.3 + 2.5 × price_sensitivity).</li>
 * </ul>
 * {@code converted} ~ Bernoulli(P(buy | the arm's discount)) from {@link PlantedDiscountModel}; when converted,
 * {@code revenue} = list price × (1 − d) and {@code margin} = revenue − unit cost (negative where the discount
 * exceeds the gross margin), both 0 otherwise. The ground-truth columns {@code true_p_buy_0} … {@code true_p_buy_20}
 * hold the user's planted P(buy) at every level of the menu.
 *
 * <p>The dataset draws from a stream of its own, so adding it left every other dataset exactly as it was; the arm
 * is drawn from a split of that stream, so changing the response model never reshuffles the arms.
 */
final class DiscountTestGenerator extends ExperimentGenerator {

    private static final double BASE_PROMO_SHARE = 0.1;
    private static final double PROMO_SHARE_PER_SENSITIVITY = 0.8;
    private static final double BASE_PROMO_CLICKS = 0.3;
    private static final double PROMO_CLICKS_PER_SENSITIVITY = 2.5;

    private final ItemCatalog catalog;

    DiscountTestGenerator(ItemCatalog catalog, DailyRhythm rhythm, SplittableRandom rng) {
        super(rhythm, rng);
        this.catalog = catalog;
    }

    static List<ColumnMeta> columns() {
        List<ColumnMeta> columns = new ArrayList<>(List.of(
                SimColumns.USER_ID,
                ColumnMeta.of("arm", ColumnType.CATEGORY, ColumnRole.GROUP),
                ColumnMeta.of("discount_pct", ColumnType.INTEGER, ColumnRole.TREATMENT),
                SimColumns.AGE_BAND,
                SimColumns.REGION,
                SimColumns.DEVICE,
                ColumnMeta.of("history_orders", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("promo_orders", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("visits", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("promo_clicks", ColumnType.INTEGER, ColumnRole.FEATURE),
                SimColumns.ITEM_ID,
                SimColumns.CATEGORY,
                ColumnMeta.of("list_price", ColumnType.DECIMAL, ColumnRole.PRICE),
                ColumnMeta.of("unit_cost", ColumnType.DECIMAL, ColumnRole.FEATURE),
                ColumnMeta.of("offered_at", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.of("converted", ColumnType.INTEGER, ColumnRole.LABEL),
                ColumnMeta.of("revenue", ColumnType.DECIMAL, ColumnRole.REVENUE),
                ColumnMeta.of("margin", ColumnType.DECIMAL, ColumnRole.IGNORE)));
        for (int level : PlantedDiscountModel.LEVELS_PCT) {
            columns.add(ColumnMeta.groundTruth("true_p_buy_" + level, ColumnType.DECIMAL));
        }
        return columns;
    }

    @Override
    Object[] row(SimUser user) {
        int arm = assignment.nextInt(PlantedDiscountModel.LEVELS_PCT.length);
        double sensitivity = user.priceSensitivity();
        int item = catalog.pickFor(user, rng);
        int category = catalog.category(item);
        double price = catalog.price(item);
        double cost = PlantedDiscountModel.unitCost(category, price);
        int orders = historyOrders(user);
        double promoShare = BASE_PROMO_SHARE + PROMO_SHARE_PER_SENSITIVITY * sensitivity;
        int promoOrders = 0;
        for (int o = 0; o < orders; o++) {
            promoOrders += Sampling.bernoulli(rng, promoShare) ? 1 : 0;
        }
        int visits = recentVisits(user);
        int clicks = Sampling.poisson(rng, BASE_PROMO_CLICKS + PROMO_CLICKS_PER_SENSITIVITY * sensitivity);
        long offeredAt = rhythm.randomOffset(rng);
        double[] p = PlantedDiscountModel.pBuy(sensitivity, orders, visits, category, price, user.device());
        boolean converted = Sampling.bernoulli(rng, p[arm]);
        int pct = PlantedDiscountModel.LEVELS_PCT[arm];
        double revenue = converted ? cents(price * (1 - pct / 100.0)) : 0.0;
        double margin = converted ? cents(revenue - cost) : 0.0;
        ProductCategory cat = ProductCategory.of(category);
        return new Object[]{user.id(), PlantedDiscountModel.ARMS.get(arm), (long) pct,
                UserGenerator.AGE_BANDS.get(user.ageBand()), UserGenerator.REGIONS.get(user.region()),
                UserGenerator.DEVICES.get(user.device()), (long) orders, (long) promoOrders, (long) visits,
                (long) clicks, catalog.itemId(item), cat.label(), price, cost, rhythm.at(offeredAt),
                converted ? 1L : 0L, revenue, margin, p[0], p[1], p[2], p[3], p[4]};
    }
}
