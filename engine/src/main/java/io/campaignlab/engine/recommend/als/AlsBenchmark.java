package io.campaignlab.engine.recommend.als;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Times implicit ALS on synthetic implicit feedback: uniform users, items drawn with power-law (Zipf, exponent
 * 0.8) popularity, weights 1 to 5.
 */
public final class AlsBenchmark {

    private AlsBenchmark() {
    }

    /**
     * What one benchmark measured.
     *
     * @param users               users
     * @param items               items
     * @param interactions        distinct (user, item) cells after summing repeats
     * @param factors             factors
     * @param threads             pool size
     * @param secondsPerIteration each sweep (users then items)
     * @param medianSeconds       their median
     */
    public record Figures(int users, int items, int interactions, int factors, int threads,
                          double[] secondsPerIteration, double medianSeconds) {
    }

    public static InteractionMatrix synthetic(int users, int items, int interactions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] cumulative = new double[items];
        double sum = 0;
        for (int i = 0; i < items; i++) {
            sum += Math.pow(i + 1, -0.8);
            cumulative[i] = sum;
        }
        int[] u = new int[interactions];
        int[] it = new int[interactions];
        float[] v = new float[interactions];
        for (int k = 0; k < interactions; k++) {
            u[k] = random.nextInt(users);
            int pos = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            it[k] = Math.min(items - 1, pos >= 0 ? pos : -pos - 1);
            v[k] = 1 + random.nextInt(5);
        }
        return InteractionMatrix.of(users, items, u, it, v);
    }

    public static Figures run(int users, int items, int interactions, int factors, int iterations, int threads) {
        InteractionMatrix m = synthetic(users, items, interactions, 1);
        RecommenderSpec spec = RecommenderSpec.defaults(RecommenderKind.ALS).withFactors(factors)
                .withIterations(iterations).withThreads(threads);
        AlsRecommender als = new AlsRecommender().optTrackLoss(false);
        als.fit(m, spec, ProgressListener.none(), new CancellationToken());
        double[] s = als.secondsPerPass();
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        double median = sorted.length == 0 ? Double.NaN : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return new Figures(users, items, m.nonZeros(), factors, threads, s, median);
    }
}
