package io.campaignlab.app.serve;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameReader;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.simulate.PlantedResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * The workspace's simulated users with their planted response to a coupon: from {@code campaign_exposures} each
 * user's true conversion probability without a coupon and true uplift of the 10% and 20% coupons, from
 * {@code users} the price sensitivity their basket depends on ({@link PlantedResponse}).
 *
 * @param index each user id (as text, as audiences list them) to its position in the arrays
 */
record SimulatedUsers(Map<String, Integer> index, double[] pControl, double[] uplift10, double[] uplift20,
                      double[] sensitivity) implements PlantedUsers {

    static final String EXPOSURES = "campaign_exposures";
    static final String USERS = "users";

    static SimulatedUsers read(FrameReader frames, ProgressListener progress, CancellationToken cancel) {
        Frame truth;
        Frame users;
        try {
            truth = frames.read(EXPOSURES, List.of("user_id", "true_p_control", "true_uplift_coupon_10",
                    "true_uplift_coupon_20"), progress, cancel);
            users = frames.read(USERS, List.of("user_id", "price_sensitivity"), progress, cancel);
        } catch (NoSuchElementException e) {
            throw new IllegalArgumentException("campaign drive replays the simulator's users with their planted"
                    + " response, and this workspace lacks it (" + e.getMessage() + "); campaign-lab simulate makes a"
                    + " workspace that has it", e);
        }
        Map<String, Integer> index = new HashMap<>();
        double[] ids = truth.numbers("user_id");
        for (int i = 0; i < ids.length; i++) {
            index.put(Long.toString((long) ids[i]), i);
        }
        double[] sensitivity = new double[ids.length];
        java.util.Arrays.fill(sensitivity, Double.NaN);
        double[] userIds = users.numbers("user_id");
        double[] s = users.numbers("price_sensitivity");
        for (int r = 0; r < userIds.length; r++) {
            Integer at = index.get(Long.toString((long) userIds[r]));
            if (at != null) {
                sensitivity[at] = s[r];
            }
        }
        return new SimulatedUsers(index, truth.numbers("true_p_control"), truth.numbers("true_uplift_coupon_10"),
                truth.numbers("true_uplift_coupon_20"), sensitivity);
    }

    @Override
    public Map<String, Object> context(int user) {
        return Map.of();
    }

    /**
     * One user's planted outcome given the coupon served (0 for none): whether the user converts and, if so, the
     * order's value net of the coupon; 0 when the user does not convert.
     */
    @Override
    public double outcome(int user, double couponPercent, SplittableRandom random) {
        double p = PlantedResponse.conversionProbability(pControl[user], uplift10[user], uplift20[user],
                couponPercent);
        if (!PlantedResponse.draw(random, p)) {
            return 0;
        }
        if (Double.isNaN(sensitivity[user])) {
            throw new IllegalArgumentException("user " + user + " of " + EXPOSURES + " has no row in " + USERS);
        }
        double value = PlantedResponse.basket(random, sensitivity[user]) * (1 - couponPercent / 100.0);
        return Math.max(0.01, Math.round(value * 100) / 100.0);
    }
}
