package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.ScoredItem;
import io.campaignlab.engine.recommend.evaluation.RankingMetrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * session-rec's next-click evaluation: for every test session (already restricted to training items, at least two
 * clicks) and every prefix {@code session[0..t]}, {@code t < length − 1}, rank every catalogue item by the scorer and
 * look up the true next click {@code session[t + 1]} (full ranking, nothing excluded: a repeated click counts).
 */
public final class SessionEvaluator {

    /** Sessions scored per call of the scorer. */
    private static final int CHUNK = 256;

    private SessionEvaluator() {
    }

    /**
     * @param popularity training clicks per item, for the popularity-bias figure
     */
    public static NextItemEvaluation evaluate(String name, SessionScorer scorer, SessionSequences test, int k,
                                              double[] popularity, ProgressListener progress,
                                              CancellationToken cancel) {
        if (test.items() != scorer.itemCount()) {
            throw new IllegalArgumentException("the test sessions use a catalogue of " + test.items()
                    + " items but the scorer ranks " + scorer.itemCount());
        }
        long started = System.nanoTime();
        NextItemMetrics metrics = new NextItemMetrics(k);
        double ndcg = 0;
        double[] percentile = RankingMetrics.popularityPercentiles(popularity);
        BitSet recommended = new BitSet(scorer.itemCount());
        double bias = 0;
        long listed = 0;
        double[] scratch = new double[scorer.itemCount()];
        int sessions = 0;
        int[][] all = test.sessions();
        for (int from = 0; from < all.length; from += CHUNK) {
            cancel.throwIfCancelled();
            int to = Math.min(all.length, from + CHUNK);
            List<int[]> chunk = new ArrayList<>();
            for (int s = from; s < to; s++) {
                if (all[s].length >= 2) {
                    chunk.add(all[s]);
                }
            }
            int[][] prefixes = new int[chunk.size()][];
            for (int c = 0; c < prefixes.length; c++) {
                prefixes[c] = Arrays.copyOf(chunk.get(c), chunk.get(c).length - 1);
            }
            float[][][] rows = scorer.prefixScores(prefixes);
            for (int c = 0; c < prefixes.length; c++) {
                int[] session = chunk.get(c);
                sessions++;
                for (int t = 0; t + 1 < session.length; t++) {
                    int rank = NextItemMetrics.rank(rows[c][t], session[t + 1]);
                    metrics.add(rank);
                    if (rank <= k) {
                        ndcg += 1 / (Math.log(rank + 1) / Math.log(2));
                    }
                    for (int i = 0; i < scratch.length; i++) {
                        scratch[i] = rows[c][t][i];
                    }
                    for (int i : ScoredItem.topIds(scratch, k, null)) {
                        recommended.set(i);
                        bias += percentile[i];
                        listed++;
                    }
                }
            }
            progress.progress(to, all.length);
        }
        progress.progress(test.size(), test.size());
        long n = metrics.predictions();
        return new NextItemEvaluation(name, k, sessions, n, scorer.itemCount(), metrics.recall(), metrics.mrr(),
                n == 0 ? Double.NaN : ndcg / n, (double) recommended.cardinality() / scorer.itemCount(),
                listed == 0 ? Double.NaN : bias / listed, (System.nanoTime() - started) / 1e9);
    }
}
