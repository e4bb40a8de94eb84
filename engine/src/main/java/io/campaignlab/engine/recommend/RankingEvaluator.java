package io.campaignlab.engine.recommend;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.BitSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ranks every candidate item for every evaluated user of a split (all items less those the user interacted with
 * in training; bought ones back in with {@code allowRepurchase}), and averages the metrics. No sampled negatives.
 */
public final class RankingEvaluator {

    private RankingEvaluator() {
    }

    /** The top-K lists of every evaluated user (null for the others), in user order. */
    public static int[][] topLists(ItemRecommender model, EvaluationSplit split, int threads,
                                   ProgressListener progress, CancellationToken cancel) {
        InteractionMatrix train = split.train();
        int k = split.protocol().k();
        int[][] lists = new int[train.users()][];
        AtomicLong done = new AtomicLong();
        try (Parallel parallel = new Parallel(threads)) {
            parallel.forRange(train.users(), 256, cancel, (chunk, from, to) -> {
                double[] scores = new double[train.items()];
                for (int u = from; u < to; u++) {
                    if (split.targets()[u] == null) {
                        continue;
                    }
                    model.score(u, train.rowItems(u), train.rowValues(u), scores);
                    BitSet exclude = EvaluationSplit.excluded(train, u, split.protocol().allowRepurchase());
                    lists[u] = ScoredItem.topIds(scores, k, exclude);
                }
                progress.progress(done.addAndGet(to - from), train.users());
            });
        }
        return lists;
    }

    public static RankingEvaluation evaluate(ItemRecommender model, EvaluationSplit split, int threads,
                                             ProgressListener progress, CancellationToken cancel) {
        long started = System.nanoTime();
        progress.message("Ranking every item for every test user");
        int[][] lists = topLists(model, split, threads, progress, cancel);
        return summarise(split, lists, (System.nanoTime() - started) / 1e9);
    }

    /** The metrics of given top-K lists. */
    public static RankingEvaluation summarise(EvaluationSplit split, int[][] lists, double seconds) {
        InteractionMatrix train = split.train();
        int k = split.protocol().k();
        double[] popularity = new double[train.items()];
        for (int c = 0; c < train.nonZeros(); c++) {
            popularity[train.column(c)] += 1;
        }
        double[] percentile = RankingMetrics.popularityPercentiles(popularity);
        double recall = 0;
        double ndcg = 0;
        double mrr = 0;
        double hit = 0;
        double bias = 0;
        long recommended = 0;
        int users = 0;
        for (int u = 0; u < lists.length; u++) {
            int[] targets = split.targets()[u];
            if (targets == null || lists[u] == null) {
                continue;
            }
            users++;
            recall += RankingMetrics.recall(lists[u], targets, k);
            ndcg += RankingMetrics.ndcg(lists[u], targets, k);
            mrr += RankingMetrics.mrr(lists[u], targets, k);
            hit += RankingMetrics.hit(lists[u], targets, k);
            for (int i : lists[u]) {
                bias += percentile[i];
                recommended++;
            }
        }
        double n = users == 0 ? Double.NaN : users;
        return new RankingEvaluation(split.protocol(), k, users, train.items(), recall / n, ndcg / n, mrr / n,
                hit / n, RankingMetrics.coverage(lists, train.items()),
                recommended == 0 ? Double.NaN : bias / recommended, seconds);
    }
}
