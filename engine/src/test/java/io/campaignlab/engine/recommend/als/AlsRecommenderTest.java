package io.campaignlab.engine.recommend.als;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.Parallel;
import io.campaignlab.engine.recommend.PopularityRecommender;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Implicit ALS: the CG row solve, the loss, determinism, and planted structure. */
class AlsRecommenderTest {

    @Test
    void conjugateGradientMatchesADirectSolveOfTheNormalEquations() {
        int f = 6;
        int items = 25;
        double lambda = 0.3;
        double alpha = 4;
        SplittableRandom random = new SplittableRandom(3);
        double[] y = new double[items * f];
        for (int k = 0; k < y.length; k++) {
            y[k] = random.nextDouble() - 0.5;
        }
        int[] row = {2, 5, 11, 17, 23};
        float[] r = {1, 3, 2, 5, 1};
        int[] users = new int[row.length];
        InteractionMatrix c = InteractionMatrix.of(1, items, users, row, r);

        // A = YᵀY + λI + Σ (c_i − 1) y_i y_iᵀ, b = Σ c_i y_i, written out densely
        double[][] a = new double[f][f + 1];
        for (int i = 0; i < items; i++) {
            for (int p = 0; p < f; p++) {
                for (int q = 0; q < f; q++) {
                    a[p][q] += y[i * f + p] * y[i * f + q];
                }
            }
        }
        for (int p = 0; p < f; p++) {
            a[p][p] += lambda;
        }
        for (int h = 0; h < row.length; h++) {
            double conf = 1 + alpha * r[h];
            for (int p = 0; p < f; p++) {
                for (int q = 0; q < f; q++) {
                    a[p][q] += (conf - 1) * y[row[h] * f + p] * y[row[h] * f + q];
                }
                a[p][f] += conf * y[row[h] * f + p];
            }
        }
        double[] direct = gaussianElimination(a, f);

        double[] gram;
        try (Parallel parallel = new Parallel(1)) {
            gram = AlsRecommender.gram(y, f, lambda, parallel, new CancellationToken());
        }
        double[] x = new double[f];
        for (int p = 0; p < f; p++) {
            x[p] = random.nextDouble();
        }
        AlsRecommender.conjugateGradient(gram, y, f, c, 0, alpha, x, 3 * f, new double[3 * f]);
        for (int p = 0; p < f; p++) {
            assertThat(x[p]).isCloseTo(direct[p], within(1e-6));
        }
    }

    private static double[] gaussianElimination(double[][] a, int n) {
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k <= n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double s = a[row][n];
            for (int k = row + 1; k < n; k++) {
                s -= a[row][k] * x[k];
            }
            x[row] = s / a[row][row];
        }
        return x;
    }

    /**
     * 600 users and 300 items in 6 planted groups of 50 items; each user interacts with 10 items of their group and
     * 2 of the globally most popular 20, at random times.
     */
    static InteractionLog planted(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> u = new ArrayList<>();
        List<String> it = new ArrayList<>();
        List<Long> ts = new ArrayList<>();
        for (int user = 0; user < 600; user++) {
            int group = user % 6;
            java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
            while (chosen.size() < 10) {
                chosen.add(group * 50 + random.nextInt(50));
            }
            while (chosen.size() < 12) {
                chosen.add(random.nextInt(300) % 20 * 15);
            }
            for (int item : chosen) {
                u.add("u" + user);
                it.add("i" + item);
                ts.add((long) random.nextInt(1_000_000));
            }
        }
        long[] times = ts.stream().mapToLong(Long::longValue).toArray();
        return InteractionLog.of(u.toArray(String[]::new), it.toArray(String[]::new), new String[u.size()], times,
                EventWeights.defaults());
    }

    @Test
    void lossDecreasesAndFactorsDoNotDependOnTheThreadCount() {
        InteractionMatrix train = planted(5).matrix();
        RecommenderSpec spec = RecommenderSpec.defaults(RecommenderKind.ALS).withFactors(8).withIterations(6)
                .withSeed(11);
        AlsRecommender one = new AlsRecommender();
        one.fit(train, spec.withThreads(1), ProgressListener.none(), new CancellationToken());
        AlsRecommender two = new AlsRecommender();
        two.fit(train, spec.withThreads(2), ProgressListener.none(), new CancellationToken());
        double[] losses = one.losses();
        for (int i = 1; i < losses.length; i++) {
            assertThat(losses[i]).isLessThanOrEqualTo(losses[i - 1] + 1e-12);
        }
        assertThat(losses[losses.length - 1]).isLessThan(losses[0]);
        assertThat(two.itemFactors()).containsExactly(one.itemFactors());
        assertThat(two.userFactors()).containsExactly(one.userFactors());
    }

    @Test
    void recoversPlantedGroupsBetterThanPopularity() {
        InteractionLog log = planted(9);
        EvaluationSplit split = EvaluationSplit.of(log,
                EvaluationProtocol.leaveLastOut(10).withTarget(EvaluationProtocol.Target.INTERACTION));
        // λ = 5, α = 20 (the defaults before the simulator sweep): with one unit-weight cell per item and 12 cells a
        // user, the λ = 50 the simulator's heavier rows want swamps this planted structure
        RecommenderSpec spec = RecommenderSpec.defaults(RecommenderKind.ALS).withFactors(16).withIterations(10)
                .withAls(5.0, 20.0, 3).withThreads(2);
        AlsRecommender als = new AlsRecommender();
        als.fit(split.train(), spec, ProgressListener.none(), new CancellationToken());
        PopularityRecommender pop = new PopularityRecommender(false);
        pop.fit(split.train(), spec, ProgressListener.none(), new CancellationToken());
        RankingEvaluation a = RankingEvaluator.evaluate(als, split, 2, ProgressListener.none(),
                new CancellationToken());
        RankingEvaluation p = RankingEvaluator.evaluate(pop, split, 2, ProgressListener.none(),
                new CancellationToken());
        System.out.printf("planted: ALS recall@10 %.3f ndcg %.3f, popularity recall@10 %.3f ndcg %.3f%n",
                a.recall(), a.ndcg(), p.recall(), p.ndcg());
        assertThat(a.users()).isEqualTo(600);
        assertThat(a.recall()).isGreaterThan(p.recall() + 0.05);
        assertThat(a.coverage()).isGreaterThan(p.coverage());
        assertThat(a.popularityBias()).isLessThan(p.popularityBias());
    }

    @Test
    void explanationsSumToTheFoldedInScore() {
        InteractionMatrix train = planted(2).matrix();
        AlsRecommender als = new AlsRecommender();
        als.fit(train, RecommenderSpec.defaults(RecommenderKind.ALS).withFactors(8).withIterations(4).withThreads(2),
                ProgressListener.none(), new CancellationToken());
        int[] items = train.rowItems(7);
        float[] values = train.rowValues(7);
        double[] scores = new double[train.items()];
        als.score(-1, items, values, scores);
        List<ItemRecommender.Reason> reasons = als.explain(-1, items, values, 123, items.length);
        double sum = reasons.stream().mapToDouble(ItemRecommender.Reason::contribution).sum();
        assertThat(sum).isCloseTo(scores[123], within(1e-8));
        assertThat(reasons.get(0).contribution()).isGreaterThanOrEqualTo(reasons.get(1).contribution());
        // a model rebuilt from the item factors alone scores the same
        AlsRecommender loaded = AlsRecommender.of(als.factors(), als.regularization(), als.alpha(),
                als.itemFactors());
        double[] again = new double[train.items()];
        loaded.score(-1, items, values, again);
        assertThat(again).containsExactly(scores, within(1e-12));
    }
}
