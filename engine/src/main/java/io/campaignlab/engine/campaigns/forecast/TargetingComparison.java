package io.campaignlab.engine.campaigns.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Targeting strategies side by side on one budget: each takes users in descending order of its score (ties by
 * index) while the next user's cost still fits in what is left of the budget, and stops at the first that does not.
 * Each strategy's true incremental conversions are the sum of the chosen users' true uplift.
 */
public final class TargetingComparison {

    private TargetingComparison() {
    }

    /** The users a score buys with the budget, in the order taken. */
    public static int[] take(double[] score, double[] cost, double budget) {
        if (score.length != cost.length) {
            throw new IllegalArgumentException("one score and one cost per user");
        }
        int[] order = IntStream.range(0, score.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        double spent = 0;
        int k = 0;
        while (k < order.length && spent + cost[order[k]] <= budget) {
            spent += cost[order[k]];
            k++;
        }
        return Arrays.copyOf(order, k);
    }

    /**
     * @param scores     per strategy, one score per user (higher is granted first)
     * @param cost       the cost of granting each user
     * @param trueUplift each user's true incremental conversion probability
     * @param budget     the money every strategy may spend
     */
    public static List<StrategyOutcome> compare(Map<TargetingStrategy, double[]> scores, double[] cost,
                                                double[] trueUplift, double budget) {
        List<StrategyOutcome> out = new ArrayList<>();
        for (Map.Entry<TargetingStrategy, double[]> e : scores.entrySet()) {
            int[] chosen = take(e.getValue(), cost, budget);
            double spend = 0;
            double truth = 0;
            for (int i : chosen) {
                spend += cost[i];
                truth += trueUplift[i];
            }
            out.add(new StrategyOutcome(e.getKey(), chosen.length, spend, truth));
        }
        return out;
    }

    /** Uniform scores from a seeded stream: the random strategy's order. */
    public static double[] randomScores(int users, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] out = new double[users];
        for (int i = 0; i < users; i++) {
            out[i] = rng.nextDouble();
        }
        return out;
    }
}
