package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the {@code campaign_exposures} experiment: one row per user, randomised to control, coupon_10 or coupon_20
 * with probability 1/3 each.
 *
 * <p>Pre-period features, all drawn before assignment:
 * <ul>
 *   <li>{@code history_orders} ~ Poisson(activity × 2 × (1.4 − 0.8 × price_sensitivity));</li>
 *   <li>{@code history_spend} = the sum over those orders of LogNormal(median 45 × (1.5 − price_sensitivity),
 *       σ 0.7);</li>
 *   <li>{@code recency_days} ~ Exponential(mean 180 / history_orders) capped at 364, and 365 when there was no
 *       order in the past year;</li>
 *   <li>{@code visits}, site visits in the 30 days before exposure, ~ Poisson(3 × activity + 0.5).</li>
 * </ul>
 * {@code converted} ~ Bernoulli(true_p_control + true_uplift) from {@link PlantedUpliftModel}; {@code spend} is 0
 * unless converted, otherwise a LogNormal(median 55 × (1.4 − 0.6 × price_sensitivity), σ 0.6) basket less the
 * coupon's percentage.
 */
final class ExposureGenerator extends ExperimentGenerator {

    private static final int NO_RECENT_ORDER_DAYS = 365;

    private static final double RECENCY_MEAN_DAYS = 180.0;
    private static final double ORDER_VALUE_MEDIAN = 45.0;
    private static final double ORDER_VALUE_SIGMA = 0.7;

    ExposureGenerator(DailyRhythm rhythm, SplittableRandom rng) {
        super(rhythm, rng);
    }

    static List<ColumnMeta> columns() {
        return List.of(
                SimColumns.USER_ID,
                ColumnMeta.of("group", ColumnType.CATEGORY, ColumnRole.GROUP),
                SimColumns.AGE_BAND,
                SimColumns.REGION,
                SimColumns.DEVICE,
                ColumnMeta.of("history_spend", ColumnType.DECIMAL, ColumnRole.FEATURE),
                ColumnMeta.of("history_orders", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("recency_days", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("exposed_at", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.of("converted", ColumnType.INTEGER, ColumnRole.LABEL),
                ColumnMeta.of("spend", ColumnType.DECIMAL, ColumnRole.REVENUE),
                ColumnMeta.of("visits", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.groundTruth("true_p_control", ColumnType.DECIMAL),
                ColumnMeta.groundTruth("true_uplift_coupon_10", ColumnType.DECIMAL),
                ColumnMeta.groundTruth("true_uplift_coupon_20", ColumnType.DECIMAL),
                ColumnMeta.groundTruth("true_uplift", ColumnType.DECIMAL));
    }

    @Override
    Object[] row(SimUser user) {
        int group = assignment.nextInt(PlantedUpliftModel.GROUPS.size());
        double sensitivity = user.priceSensitivity();
        int orders = historyOrders(user);
        double historySpend = 0;
        for (int o = 0; o < orders; o++) {
            historySpend += Sampling.logNormal(rng, ORDER_VALUE_MEDIAN * (1.5 - sensitivity), ORDER_VALUE_SIGMA);
        }
        int recency = orders == 0 ? NO_RECENT_ORDER_DAYS : (int) Math.min(NO_RECENT_ORDER_DAYS - 1,
                -RECENCY_MEAN_DAYS / orders * Math.log(1.0 - rng.nextDouble()));
        int visits = recentVisits(user);
        long exposedAt = rhythm.randomOffset(rng);
        PlantedUpliftModel.Truth truth = PlantedUpliftModel.truth(sensitivity, orders, visits, recency, user.device());
        boolean converted = Sampling.bernoulli(rng, truth.probability(group));
        double spend = 0.0;
        if (converted) {
            double basket = PlantedResponse.basket(rng, sensitivity);
            spend = cents(basket * (1 - PlantedUpliftModel.COUPON_PCT[group] / 100.0));
        }
        return new Object[]{user.id(), PlantedUpliftModel.GROUPS.get(group),
                UserGenerator.AGE_BANDS.get(user.ageBand()), UserGenerator.REGIONS.get(user.region()),
                UserGenerator.DEVICES.get(user.device()), cents(historySpend), (long) orders, (long) recency,
                rhythm.at(exposedAt), converted ? 1L : 0L, spend, (long) visits, truth.pControl(),
                truth.uplift()[PlantedUpliftModel.COUPON_10], truth.uplift()[PlantedUpliftModel.COUPON_20],
                truth.uplift()[group]};
    }
}
