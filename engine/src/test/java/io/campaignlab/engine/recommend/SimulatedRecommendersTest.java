package io.campaignlab.engine.recommend;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.als.AlsRecommender;
import io.campaignlab.engine.recommend.bpr.BprRecommender;
import io.campaignlab.engine.recommend.evaluation.PairedDifference;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluator;
import io.campaignlab.engine.recommend.evaluation.RankingMetrics;
import io.campaignlab.engine.recommend.knn.ItemKnnRecommender;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance on the simulator: ALS and BPR, with their default settings, beat popularity on Recall@20 (leave-last-out,
 * purchase target, full ranking) by more than twice the paired per-user standard error of the difference.
 *
 * <p>The defaults were chosen by the sweep {@code campaign-lab bench recommenders} on simulator seed 42; the
 * acceptance runs on seed 7, data the sweep never saw. 4,000 users over
 * 30 days give about 950 evaluated users, enough for a standard error near one point of recall; the 3,000 users over
 * 14 days of the CLI test give about 390, and twice the noise there is about as large as the gains.
 */
class SimulatedRecommendersTest {

    static final int USERS = Integer.getInteger("campaignlab.recommend.users", 4000);
    static final int DAYS = Integer.getInteger("campaignlab.recommend.days", 30);
    static final long SEED = Long.getLong("campaignlab.recommend.seed", 7);
    static final int K = 20;

    static InteractionLog log;
    static EvaluationSplit split;

    @BeforeAll
    static void simulate() {
        long started = System.nanoTime();
        log = SimulatedEvents.log(USERS, DAYS, SEED, EventWeights.defaults());
        split = EvaluationSplit.of(log, EvaluationProtocol.leaveLastOut(K));
        System.out.printf(Locale.ROOT, "simulator seed %d, %d users × %d days: %d events, %d items, %d training cells,"
                        + " %d evaluated users (%.1f s)%n", SEED, USERS, DAYS, log.events(), log.items(),
                split.train().nonZeros(), split.evaluatedUsers(), (System.nanoTime() - started) / 1e9);
    }

    /** Per evaluated user (in user order) the recall and NDCG of a model's top-K list. */
    record PerUser(String name, double[] recall, double[] ndcg, double seconds) {

        double mean(double[] a) {
            double s = 0;
            for (double v : a) {
                s += v;
            }
            return s / a.length;
        }

        /** Mean paired difference of recall against another model and its standard error. */
        PairedDifference recallGain(PerUser base) {
            return PairedDifference.of(recall, base.recall);
        }

        PairedDifference ndcgGain(PerUser base) {
            return PairedDifference.of(ndcg, base.ndcg);
        }

    }

    static PerUser evaluate(String name, ItemRecommender model, RecommenderSpec spec) {
        long started = System.nanoTime();
        model.fit(split.train(), spec, ProgressListener.none(), new CancellationToken());
        double seconds = (System.nanoTime() - started) / 1e9;
        int[][] lists = RankingEvaluator.topLists(model, split, spec.threads(), ProgressListener.none(),
                new CancellationToken());
        int n = split.evaluatedUsers();
        double[] recall = new double[n];
        double[] ndcg = new double[n];
        int p = 0;
        for (int u = 0; u < lists.length; u++) {
            if (split.targets()[u] == null) {
                continue;
            }
            recall[p] = RankingMetrics.recall(lists[u], split.targets()[u], K);
            ndcg[p] = RankingMetrics.ndcg(lists[u], split.targets()[u], K);
            p++;
        }
        PerUser r = new PerUser(name, recall, ndcg, seconds);
        System.out.printf(Locale.ROOT, "  %-40s recall@%d %.4f  ndcg@%d %.4f  fit %.1f s%n", name, K,
                r.mean(recall), K, r.mean(ndcg), seconds);
        return r;
    }

    static void printGain(PerUser model, PerUser base) {
        PairedDifference g = model.recallGain(base);
        PairedDifference h = model.ndcgGain(base);
        System.out.printf(Locale.ROOT, "  %s − %s: recall@%d %+.4f (SE %.4f, z %.1f), ndcg@%d %+.4f (SE %.4f, z %.1f)%n",
                model.name(), base.name(), K, g.mean(), g.standardError(), g.z(), K, h.mean(), h.standardError(),
                h.z());
    }

    static RecommenderSpec spec(RecommenderKind kind) {
        return RecommenderSpec.defaults(kind).withThreads(2).withSeed(7);
    }

    @Test
    void alsAndBprBeatPopularityOnRecallAt20ByMoreThanTwoStandardErrors() {
        PerUser pop = evaluate("pop", new PopularityRecommender(false), spec(RecommenderKind.POP));
        PerUser knn = evaluate("itemknn", new ItemKnnRecommender(), spec(RecommenderKind.ITEMKNN));
        PerUser als = evaluate("als (defaults)", new AlsRecommender().optTrackLoss(false), spec(RecommenderKind.ALS));
        PerUser bpr = evaluate("bpr (defaults)", new BprRecommender(), spec(RecommenderKind.BPR));
        for (PerUser m : new PerUser[]{knn, als, bpr}) {
            printGain(m, pop);
        }
        for (PerUser m : new PerUser[]{als, bpr}) {
            PairedDifference gain = m.recallGain(pop);
            assertThat(gain.mean()).as("%s recall@20 gain over popularity %.4f, SE %.4f", m.name(), gain.mean(),
                    gain.standardError()).isGreaterThan(2 * gain.standardError());
        }
    }
}
