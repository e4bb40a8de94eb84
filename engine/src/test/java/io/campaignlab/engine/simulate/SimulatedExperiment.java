package io.campaignlab.engine.simulate;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulator's {@code campaign_exposures} experiment alone, in memory, with its planted truth: the same users and
 * the same {@link ExposureGenerator} as a full simulation, for statistical checks that need many seeds (a full
 * simulation also writes events and impressions).
 *
 * @param groups        the arm per unit: control, coupon_10 or coupon_20
 * @param converted     1 or 0
 * @param spend         spend after the exposure
 * @param historySpend  pre-period spend (the CUPED covariate)
 * @param upliftCoupon10 the planted conversion uplift of coupon_10 for each unit
 * @param upliftCoupon20 the planted conversion uplift of coupon_20 for each unit
 * @param features      the pre-treatment columns as the dataset holds them: age_band, region, device,
 *                      history_spend, history_orders, recency_days, visits
 */
public record SimulatedExperiment(String[] groups, double[] converted, double[] spend, double[] historySpend,
                                  double[] upliftCoupon10, double[] upliftCoupon20, Frame features) {

    public static SimulatedExperiment draw(int users, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
        List<SimUser> drawn = UserGenerator.generate(users, start, root.split());
        ExposureGenerator exposures = new ExposureGenerator(new DailyRhythm(start, 30), root.split());
        String[] groups = new String[users];
        double[] converted = new double[users];
        double[] spend = new double[users];
        double[] history = new double[users];
        double[] u10 = new double[users];
        double[] u20 = new double[users];
        String[] age = new String[users];
        String[] region = new String[users];
        String[] device = new String[users];
        double[] orders = new double[users];
        double[] recency = new double[users];
        double[] visits = new double[users];
        long[] ids = new long[users];
        for (int i = 0; i < users; i++) {
            Object[] row = exposures.row(drawn.get(i));
            groups[i] = (String) row[1];
            history[i] = (Double) row[5];
            converted[i] = (Long) row[9];
            spend[i] = (Double) row[10];
            u10[i] = (Double) row[13];
            u20[i] = (Double) row[14];
            ids[i] = i + 1;
            age[i] = (String) row[2];
            region[i] = (String) row[3];
            device[i] = (String) row[4];
            orders[i] = (Long) row[6];
            recency[i] = (Long) row[7];
            visits[i] = (Long) row[11];
        }
        Frame features = Frame.of("campaign_exposures", ids, List.of(new FrameColumn.Texts("age_band", age),
                new FrameColumn.Texts("region", region), new FrameColumn.Texts("device", device),
                new FrameColumn.Numbers("history_spend", history), new FrameColumn.Numbers("history_orders", orders),
                new FrameColumn.Numbers("recency_days", recency), new FrameColumn.Numbers("visits", visits)));
        return new SimulatedExperiment(groups, converted, spend, history, u10, u20, features);
    }

    /** The planted sample average effect of an arm on conversion: the mean of its uplift over every unit. */
    public double trueAverageEffect(String arm) {
        double[] u = arm.equals("coupon_10") ? upliftCoupon10 : upliftCoupon20;
        double s = 0;
        for (double v : u) {
            s += v;
        }
        return s / u.length;
    }
}
