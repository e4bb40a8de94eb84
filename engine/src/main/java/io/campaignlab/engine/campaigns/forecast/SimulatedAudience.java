package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.simulate.SimulationJob;
import io.campaignlab.engine.simulate.SimulationSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulator's users as a campaign audience, with their planted truth: one row per user from
 * {@code campaign_exposures} (pre-period features, arm, outcome, true conversion probability without a coupon and
 * true uplift of coupon_10 and coupon_20) and every ad impression they saw from {@code impressions} (its fields and
 * whether it was clicked), both from one {@link SimulationJob} run held in memory.
 *
 * @param users           per user: age_band, region, device, history_spend, history_orders, recency_days, visits
 * @param groups          per user: the randomised arm, control, coupon_10 or coupon_20
 * @param converted       per user: 1 or 0
 * @param spend           per user: spend after the exposure, net of the coupon
 * @param pControl        per user: the planted conversion probability without a coupon
 * @param upliftCoupon10  per user: the planted uplift of coupon_10
 * @param upliftCoupon20  per user: the planted uplift of coupon_20
 * @param impressions     per impression: placement, position, device, age_band, region, category, discount_pct,
 *                        hour, as categories
 * @param clicked         per impression: 1 or 0
 * @param impressionUser  per impression: its user's index into {@code users}
 */
public record SimulatedAudience(Frame users, String[] groups, float[] converted, double[] spend, double[] pControl,
                                double[] upliftCoupon10, double[] upliftCoupon20, Frame impressions,
                                float[] clicked, int[] impressionUser) {

    static final String EXPOSURES = "campaign_exposures";
    static final String IMPRESSIONS = "impressions";
    private static final List<String> IMPRESSION_FIELDS = List.of("placement", "position", "device", "age_band",
            "region", "category", "discount_pct", "hour");

    /** Simulates {@code users} shoppers over {@code days} days with the seed. */
    public static SimulatedAudience simulate(int users, int days, long seed, CancellationToken cancel) {
        SimulationSpec spec = SimulationSpec.builder().setUsers(users).setDays(days).setSeed(seed).build();
        CapturedRows sink = new CapturedRows(Set.of(EXPOSURES, IMPRESSIONS));
        new SimulationJob(spec, sink, "").run(ProgressListener.none(), cancel);
        return of(sink.table(EXPOSURES), sink.table(IMPRESSIONS));
    }

    private static SimulatedAudience of(CapturedRows.Table exposures, CapturedRows.Table impressions) {
        int n = exposures.size();
        long[] ids = new long[n];
        String[] groups = new String[n];
        float[] converted = new float[n];
        double[] spend = new double[n];
        double[] p0 = new double[n];
        double[] u10 = new double[n];
        double[] u20 = new double[n];
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ids[i] = (long) exposures.number(i, "user_id");
            index.put(ids[i], i);
            groups[i] = exposures.text(i, "group");
            converted[i] = (float) exposures.number(i, "converted");
            spend[i] = exposures.number(i, "spend");
            p0[i] = exposures.number(i, "true_p_control");
            u10[i] = exposures.number(i, "true_uplift_coupon_10");
            u20[i] = exposures.number(i, "true_uplift_coupon_20");
        }
        List<FrameColumn> columns = new ArrayList<>();
        for (String text : List.of("age_band", "region", "device")) {
            columns.add(texts(exposures, text));
        }
        for (String number : List.of("history_spend", "history_orders", "recency_days", "visits")) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = exposures.number(i, number);
            }
            columns.add(new FrameColumn.Numbers(number, values));
        }
        Frame users = Frame.of(EXPOSURES, ids, columns);
        int m = impressions.size();
        float[] clicked = new float[m];
        int[] owner = new int[m];
        long[] impressionIds = new long[m];
        for (int r = 0; r < m; r++) {
            clicked[r] = (float) impressions.number(r, "clicked");
            owner[r] = index.get((long) impressions.number(r, "user_id"));
            impressionIds[r] = (long) impressions.number(r, "impression_id");
        }
        Frame shown = Frame.of(IMPRESSIONS, impressionIds,
                IMPRESSION_FIELDS.stream().map(f -> (FrameColumn) texts(impressions, f)).toList());
        return new SimulatedAudience(users, groups, converted, spend, p0, u10, u20, shown, clicked, owner);
    }

    /** A column as text: numbers print as whole numbers where they are (a position reads "3"). */
    private static FrameColumn.Texts texts(CapturedRows.Table table, String column) {
        int at = table.index(column);
        String[] values = new String[table.size()];
        for (int i = 0; i < values.length; i++) {
            Object v = table.rows().get(i)[at];
            values[i] = v instanceof Number x ? Long.toString(Math.round(x.doubleValue())) : String.valueOf(v);
        }
        return new FrameColumn.Texts(column, values);
    }

    public int size() {
        return groups.length;
    }

    /** The planted uplift of an arm (coupon_10 or coupon_20) for every user. */
    public double[] trueUplift(String arm) {
        return switch (arm) {
            case "coupon_10" -> upliftCoupon10;
            case "coupon_20" -> upliftCoupon20;
            default -> throw new IllegalArgumentException("no planted uplift for arm " + arm);
        };
    }

    /** The planted conversion probability with an arm's coupon, for every user. */
    public double[] trueTreatedProbability(String arm) {
        double[] u = trueUplift(arm);
        double[] out = new double[u.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = pControl[i] + u[i];
        }
        return out;
    }
}
