package io.campaignlab.app.serve;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameReader;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.simulate.PlantedResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * The workspace's simulated shoppers of {@code discount_test} with their planted response to a discount on the
 * product each was offered: P(buy | d) at every level of the simulator's menu ({@code true_p_buy_0} …
 * {@code true_p_buy_20}), the product's {@code list_price} and {@code unit_cost} (sent as the request's context, which
 * a dynamic discount is priced from), and a converting order's value, list price × (1 − d).
 *
 * @param index each user id to its row
 * @param pBuy  {@code [level][row]}, levels in {@link PlantedResponse#DISCOUNT_LEVELS_PCT} order
 */
record SimulatedShoppers(Map<String, Integer> index, double[][] pBuy, double[] price, double[] unitCost)
        implements PlantedUsers {

    static final String DISCOUNT_TEST = "discount_test";

    static SimulatedShoppers read(FrameReader frames, ProgressListener progress, CancellationToken cancel) {
        List<String> columns = new ArrayList<>(List.of("user_id", "list_price", "unit_cost"));
        PlantedResponse.DISCOUNT_LEVELS_PCT.forEach(d -> columns.add("true_p_buy_" + d));
        Frame test;
        try {
            test = frames.read(DISCOUNT_TEST, columns, progress, cancel);
        } catch (NoSuchElementException e) {
            throw new IllegalArgumentException("campaign drive answers discounts with the simulator's planted"
                    + " response in " + DISCOUNT_TEST + ", and this workspace lacks it (" + e.getMessage() + ");"
                    + " campaign-lab simulate makes a workspace that has it", e);
        }
        Map<String, Integer> index = new HashMap<>();
        double[] ids = test.numbers("user_id");
        for (int i = 0; i < ids.length; i++) {
            index.put(Long.toString((long) ids[i]), i);
        }
        double[][] p = new double[PlantedResponse.DISCOUNT_LEVELS_PCT.size()][];
        for (int k = 0; k < p.length; k++) {
            p[k] = test.numbers("true_p_buy_" + PlantedResponse.DISCOUNT_LEVELS_PCT.get(k));
        }
        return new SimulatedShoppers(index, p, test.numbers("list_price"), test.numbers("unit_cost"));
    }

    @Override
    public Map<String, Object> context(int user) {
        return Map.of("price", price[user], "unit_cost", unitCost[user]);
    }

    /** @throws IllegalArgumentException for a discount the simulator planted no response to */
    @Override
    public double outcome(int user, double discountPercent, SplittableRandom random) {
        int level = PlantedResponse.DISCOUNT_LEVELS_PCT.indexOf((int) discountPercent);
        if (level < 0 || discountPercent != Math.rint(discountPercent)) {
            throw new IllegalArgumentException("the simulator planted a response to discounts of "
                    + PlantedResponse.DISCOUNT_LEVELS_PCT + " %, not " + discountPercent + " %");
        }
        if (!PlantedResponse.draw(random, pBuy[level][user])) {
            return 0;
        }
        return Math.max(0.01, Math.round(price[user] * (1 - discountPercent / 100.0) * 100) / 100.0);
    }
}
