package io.campaignlab.engine.campaigns.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Thompson sampling, ε-greedy (ε = 0.1), greedy and uniform run through the same bandit streams, one per seed; the
 * median regret over seeds at T/10, T/4, T/2 and T, and along the stream for a chart.
 */
public final class BanditComparison {

    /** Five offers evenly spaced from 2% to 5%, the default of {@code bench bandits}. */
    public static final List<Double> DEFAULT_RATES = List.of(0.02, 0.0275, 0.035, 0.0425, 0.05);
    /** ε of the ε-greedy policy compared. */
    public static final double EPSILON = 0.1;
    /** Points of the median curve. */
    public static final int CURVE_POINTS = 100;

    /** The median cumulative regret over seeds after {@code round} rounds. */
    public record Checkpoint(int round, double medianRegret) {
    }

    /**
     * @param policy        the policy's name
     * @param checkpoints   the median regret at T/10, T/4, T/2 and T
     * @param curve         the median regret at every T/{@value #CURVE_POINTS} rounds
     * @param finalRegrets  the regret at T, per seed in the seeds' order
     */
    public record PolicyRegret(String policy, List<Checkpoint> checkpoints, List<Checkpoint> curve,
                               List<Double> finalRegrets) {
    }

    /** What {@code bench bandits} prints. */
    public record Result(List<Double> rates, int rounds, List<Long> seeds, List<PolicyRegret> policies) {
    }

    private BanditComparison() {
    }

    /** The policies compared, each built on a stream's posteriors. */
    public static List<Function<BetaPosteriors, Policy>> policies() {
        return List.of(ThompsonPolicy::new, posteriors -> new EpsilonGreedyPolicy(EPSILON),
                posteriors -> new GreedyPolicy(), posteriors -> new UniformPolicy());
    }

    /** Runs every policy on seeds {@code firstSeed}, {@code firstSeed + 1}, ... */
    public static Result run(List<Double> rates, int rounds, int seeds, long firstSeed) {
        if (seeds < 1) {
            throw new IllegalArgumentException("the comparison needs at least 1 seed, had " + seeds);
        }
        double[] planted = rates.stream().mapToDouble(Double::doubleValue).toArray();
        List<Long> seedList = new ArrayList<>();
        for (int s = 0; s < seeds; s++) {
            seedList.add(firstSeed + s);
        }
        List<PolicyRegret> results = new ArrayList<>();
        for (Function<BetaPosteriors, Policy> policy : policies()) {
            List<RegretCurve> curves = seedList.stream()
                    .map(seed -> BanditStream.run(planted, rounds, policy, seed)).toList();
            results.add(summarise(curves, rounds));
        }
        return new Result(List.copyOf(rates), rounds, seedList, results);
    }

    private static PolicyRegret summarise(List<RegretCurve> curves, int rounds) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (int round : new int[]{rounds / 10, rounds / 4, rounds / 2, rounds}) {
            checkpoints.add(median(curves, round));
        }
        List<Checkpoint> curve = new ArrayList<>();
        for (int point = 1; point <= CURVE_POINTS; point++) {
            curve.add(median(curves, (int) ((long) rounds * point / CURVE_POINTS)));
        }
        return new PolicyRegret(curves.get(0).policy(), checkpoints, curve,
                curves.stream().map(RegretCurve::total).toList());
    }

    private static Checkpoint median(List<RegretCurve> curves, int round) {
        return new Checkpoint(round, median(curves.stream().mapToDouble(c -> c.at(round)).toArray()));
    }

    /** The middle value, or the mean of the two middle values. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
