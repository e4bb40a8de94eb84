package io.campaignlab.engine.simulate;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulator's {@code campaign_exposures} rows in memory with every planted-truth column, for checks against the
 * value of a policy: each unit's conversion probability under each arm is {@code pControl + uplift[arm]}. Drawn
 * with the same users and {@link ExposureGenerator} as {@link SimulatedExperiment}.
 *
 * @param frame    the dataset's columns: group, converted and the pre-treatment features (age_band, region, device,
 *                 history_spend, history_orders, recency_days, visits)
 * @param pControl true_p_control of each unit
 * @param uplift   by arm in {@link #ARMS} order, the planted uplift of each unit (all 0 for control)
 */
public record SimulatedExposures(Frame frame, double[] pControl, double[][] uplift) {

    /** The arms, in the order of {@code uplift}. */
    public static final List<String> ARMS = PlantedUpliftModel.GROUPS;

    public static SimulatedExposures draw(int users, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
        List<SimUser> drawn = UserGenerator.generate(users, start, root.split());
        ExposureGenerator exposures = new ExposureGenerator(new DailyRhythm(start, 30), root.split());
        List<io.campaignlab.engine.datasets.ColumnMeta> columns = ExposureGenerator.columns();
        List<String> names = columns.stream().map(io.campaignlab.engine.datasets.ColumnMeta::name).toList();
        String[] texts = {"group", "age_band", "region", "device"};
        String[] numbers = {"converted", "history_spend", "history_orders", "recency_days", "visits"};
        String[][] t = new String[texts.length][users];
        double[][] n = new double[numbers.length][users];
        double[] pControl = new double[users];
        double[][] uplift = new double[ARMS.size()][users];
        long[] ids = new long[users];
        for (int i = 0; i < users; i++) {
            Object[] row = exposures.row(drawn.get(i));
            ids[i] = i + 1;
            for (int c = 0; c < texts.length; c++) {
                t[c][i] = (String) row[names.indexOf(texts[c])];
            }
            for (int c = 0; c < numbers.length; c++) {
                n[c][i] = ((Number) row[names.indexOf(numbers[c])]).doubleValue();
            }
            pControl[i] = (Double) row[names.indexOf("true_p_control")];
            uplift[1][i] = (Double) row[names.indexOf("true_uplift_coupon_10")];
            uplift[2][i] = (Double) row[names.indexOf("true_uplift_coupon_20")];
        }
        List<FrameColumn> frameColumns = new java.util.ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            frameColumns.add(new FrameColumn.Texts(texts[c], t[c]));
        }
        for (int c = 0; c < numbers.length; c++) {
            frameColumns.add(new FrameColumn.Numbers(numbers[c], n[c]));
        }
        return new SimulatedExposures(Frame.of("campaign_exposures", ids, frameColumns), pControl, uplift);
    }

    /**
     * The planted value of a policy: the mean over units of Σ_a π(a | x_i) (p_control,i + uplift_a,i), with
     * {@code target[i][a]} in {@link #ARMS} order.
     */
    public double trueValue(double[][] target) {
        double s = 0;
        for (int i = 0; i < pControl.length; i++) {
            for (int a = 0; a < ARMS.size(); a++) {
                s += target[i][a] * (pControl[i] + uplift[a][i]);
            }
        }
        return s / pControl.length;
    }
}
