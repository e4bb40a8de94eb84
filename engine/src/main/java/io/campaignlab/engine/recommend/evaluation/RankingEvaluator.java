package io.campaignlab.engine.recommend.evaluation;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.Parallel;
import io.campaignlab.engine.recommend.ScoredItem;

import java.util.BitSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ranks every candidate item for every evaluated user of a split (all items less those the user interacted with
 * in training; bought ones back in with {@code allowRepurchase}), and averages the metrics. No sampled negatives.
 */
public final class RankingEvaluator {

    /** The recall@K curve reaches at least this K (further when the protocol's K is larger). */
    public static final int CURVE_MAX_K = 50;

    private RankingEvaluator() {
    }

    /** The depth the evaluation ranks to: max(K, {@value #CURVE_MAX_K}). */
    public static int curveDepth(EvaluationProtocol protocol) {
        return Math.max(protocol.k(), CURVE_MAX_K);
    }

    /** The top-K lists of every evaluated user (null for the others), in user order. */
    public static int[][] topLists(ItemRecommender model, EvaluationSplit split, int threads,
                                   ProgressListener progress, CancellationToken cancel) {
        return topLists(model, split, split.protocol().k(), threads, progress, cancel);
    }

    /** The top-{@code depth} lists of every evaluated user (null for the others), in user order. */
    public static int[][] topLists(ItemRecommender model, EvaluationSplit split, int depth, int threads,
                                   ProgressListener progress, CancellationToken cancel) {
        if (depth < 1) {
            throw new IllegalArgumentException("the ranking depth must be at least 1, not " + depth);
        }
        InteractionMatrix train = split.train();
        int k = depth;
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
        int depth = curveDepth(split.protocol());
        int[][] lists = topLists(model, split, depth, threads, progress, cancel);
        return summarise(split, lists, depth, (System.nanoTime() - started) / 1e9);
    }

    /** The metrics of given top-K lists, with a curve up to the protocol's K. */
    public static RankingEvaluation summarise(EvaluationSplit split, int[][] lists, double seconds) {
        return summarise(split, lists, split.protocol().k(), seconds);
    }

    /**
     * The metrics of given top lists, ranked to at least {@code depth} where there were that many candidates. The
     * single-K figures (and coverage and popularity bias) read the first K items of each list; the curve runs from
     * K = 1 to {@code depth}.
     */
    public static RankingEvaluation summarise(EvaluationSplit split, int[][] lists, int depth, double seconds) {
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
        int maxK = Math.max(k, depth);
        CurveSums curve = new CurveSums(maxK);
        int[][] topK = new int[lists.length][];
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
            curve.add(lists[u], targets);
            topK[u] = lists[u].length <= k ? lists[u] : java.util.Arrays.copyOf(lists[u], k);
            for (int i : topK[u]) {
                bias += percentile[i];
                recommended++;
            }
        }
        double n = users == 0 ? Double.NaN : users;
        return new RankingEvaluation(split.protocol(), k, users, train.items(), recall / n, ndcg / n, mrr / n,
                hit / n, RankingMetrics.coverage(topK, train.items()),
                recommended == 0 ? Double.NaN : bias / recommended, seconds, curve.means(users));
    }

    /**
     * Sums over users of recall, NDCG and hit at every K, each user's list walked once: at K the user has {@code
     * hits(K)} of |T| targets in the top K and DCG(K) = Σ over hit ranks r ≤ K of 1/log2(r + 1); recall@K =
     * hits(K) / |T|, NDCG@K = DCG(K) / IDCG(min(|T|, K)), hit@K = [hits(K) > 0], exactly as {@link RankingMetrics}
     * computes them one K at a time. A list shorter than K (fewer candidates) counts as it is.
     */
    private static final class CurveSums {
        private final double[] recall;
        private final double[] ndcg;
        private final double[] hit;

        CurveSums(int maxK) {
            recall = new double[maxK];
            ndcg = new double[maxK];
            hit = new double[maxK];
        }

        void add(int[] ranked, int[] sortedTargets) {
            int hits = 0;
            double dcg = 0;
            double ideal = 0;
            for (int r = 0; r < recall.length; r++) {
                if (r < ranked.length && java.util.Arrays.binarySearch(sortedTargets, ranked[r]) >= 0) {
                    hits++;
                    dcg += 1 / log2(r + 2);
                }
                if (r < sortedTargets.length) {
                    ideal += 1 / log2(r + 2);
                }
                recall[r] += (double) hits / sortedTargets.length;
                ndcg[r] += dcg / ideal;
                hit[r] += hits > 0 ? 1 : 0;
            }
        }

        RankingCurve means(int users) {
            double n = users == 0 ? Double.NaN : users;
            double[] r = new double[recall.length];
            double[] g = new double[recall.length];
            double[] h = new double[recall.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = recall[i] / n;
                g[i] = ndcg[i] / n;
                h[i] = hit[i] / n;
            }
            return new RankingCurve(r, g, h);
        }

        private static double log2(double v) {
            return Math.log(v) / Math.log(2);
        }
    }
}
