package io.campaignlab.engine.recommend.search;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.als.AlsRecommender;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;
import io.campaignlab.engine.recommend.evaluation.RankingMetrics;
import io.campaignlab.engine.tuning.SearchBudget;
import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.tuning.Trial;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The recommender search on {@link PlantedLogs}: the validation part is each user's second-to-last purchase, the
 * choice is the λ that an independently built validation split scores best, and the test part is read once and
 * cannot move the choice.
 */
class RecommenderSearchTest {

    private static final int USERS = 400;
    private static final int K = 20;
    private static final RecommenderSpec ALS = RecommenderSpec.defaults(RecommenderKind.ALS).withThreads(2)
            .withIterations(8);
    /** Only λ varies (α and factors fixed), so the whole λ grid is tried. */
    private static final Tuning LAMBDA_ONLY = Tuning.auto(SearchBudget.trials(10),
            Set.of(RecommenderSearchSpace.ALPHA, RecommenderSearchSpace.FACTORS));

    @Test
    void theChosenLambdaIsTheOneAHandBuiltValidationSplitScoresBest() {
        InteractionLog log = PlantedLogs.blocks(USERS, 1, i -> i);
        SearchResult result = search(HeldOutParts.of(log, EvaluationProtocol.leaveLastOut(K)), LAMBDA_ONLY);
        assertThat(result.trials()).hasSize(5);
        assertThat(result.metric()).isEqualTo("val_ndcg@20");

        // Independently: train on the six views of each user, hold out the first purchase (event 6).
        double bestScore = -1;
        double bestLambda = Double.NaN;
        List<Double> byLambda = new ArrayList<>();
        for (Trial t : result.trials()) {
            double lambda = ((Number) t.settings().get(RecommenderSearchSpace.REGULARIZATION)).doubleValue();
            double score = handBuiltValidationNdcg(log, lambda);
            byLambda.add(score);
            assertThat(t.score()).as("trial λ = %s", lambda).isCloseTo(score, org.assertj.core.data.Offset.offset(
                    1e-9));
            if (score > bestScore) {
                bestScore = score;
                bestLambda = lambda;
            }
        }
        assertThat(((Number) result.choice().settings().get(RecommenderSearchSpace.REGULARIZATION)).doubleValue())
                .isEqualTo(bestLambda);
        // Planted: heavy λ flattens ALS towards popularity, which sends half the users to the big group's block.
        assertThat(bestLambda).isLessThan(100.0);
        assertThat(bestScore).isGreaterThan(1.5 * byLambda.get(indexOf(result, 100.0)));
    }

    @Test
    void theTestPartIsReadOnceAndChangingItDoesNotChangeTheChoice() {
        InteractionLog planted = PlantedLogs.blocks(USERS, 2, i -> i);
        // Every user's last purchase moved to another group's block: an item new to the user, so training is the same.
        InteractionLog changed = PlantedLogs.blocks(USERS, 2,
                i -> (i + PlantedLogs.BLOCK) % (PlantedLogs.GROUPS * PlantedLogs.BLOCK));
        Tuning tuning = Tuning.auto(SearchBudget.trials(4), Set.of(RecommenderSearchSpace.FACTORS));
        HeldOutParts<EvaluationSplit> a = HeldOutParts.of(planted, EvaluationProtocol.leaveLastOut(K));
        HeldOutParts<EvaluationSplit> b = HeldOutParts.of(changed, EvaluationProtocol.leaveLastOut(K));
        SearchResult first = search(a, tuning);
        SearchResult second = search(b, tuning);
        assertThat(a.testReads()).isZero();
        assertThat(b.testReads()).isZero();
        assertThat(second.trials()).extracting(Trial::settings).isEqualTo(first.trials().stream()
                .map(Trial::settings).toList());
        assertThat(second.trials()).extracting(Trial::score).isEqualTo(first.trials().stream()
                .map(Trial::score).toList());
        assertThat(second.chosen()).isEqualTo(first.chosen());

        EvaluationSplit testA = a.test();
        EvaluationSplit testB = b.test();
        assertThat(a.testReads()).isEqualTo(1);
        assertThat(testA.train().nonZeros()).isEqualTo(testB.train().nonZeros());
        int differing = 0;
        for (int u = 0; u < USERS; u++) {
            differing += testA.targets()[u] != null && !planted.itemId(testA.targets()[u][0])
                    .equals(changed.itemId(testB.targets()[u][0])) ? 1 : 0;
        }
        assertThat(differing).as("users whose test item differs").isEqualTo(USERS);
        assertThatThrownBy(a::test).isInstanceOf(IllegalStateException.class).hasMessageContaining("read once");
    }

    @Test
    void fixedSettingsLeaveTheSpaceAndTuneOffSearchesNothing() {
        assertThat(RecommenderSearchSpace.of(RecommenderKind.ALS, Set.of("regularization")).dimensions())
                .extracting(d -> d.name()).containsExactly("alpha", "factors");
        assertThat(RecommenderSearch.searches(RecommenderKind.ALS, Tuning.off())).isFalse();
        assertThat(RecommenderSearch.searches(RecommenderKind.POP, Tuning.auto(null, Set.of()))).isFalse();
        assertThat(RecommenderSearch.searches(RecommenderKind.ITEMKNN,
                Tuning.auto(null, Set.of("neighbours", "shrinkage")))).isFalse();
        RecommenderSpec knn = RecommenderSearchSpace.apply(RecommenderSpec.defaults(RecommenderKind.ITEMKNN),
                java.util.Map.of("neighbours", 20, "shrinkage", 0.0));
        assertThat(knn.neighbours()).isEqualTo(20);
        assertThat(knn.shrinkage()).isZero();
        assertThat(RecommenderSearchSpace.apply(RecommenderSpec.defaults(RecommenderKind.BPR),
                java.util.Map.of("l2", 0.1, "factors", 16)).bpr().regularization()).isEqualTo(0.1);
    }

    private static SearchResult search(HeldOutParts<EvaluationSplit> parts, Tuning tuning) {
        return RecommenderSearch.single(ALS, tuning, parts, t -> { }, ProgressListener.none(),
                new CancellationToken()).orElseThrow();
    }

    private static int indexOf(SearchResult r, double lambda) {
        for (int i = 0; i < r.trials().size(); i++) {
            if (((Number) r.trials().get(i).settings().get("regularization")).doubleValue() == lambda) {
                return i;
            }
        }
        throw new AssertionError("λ " + lambda + " not tried");
    }

    /** Validation NDCG@20 with ALS(λ) fitted on events 0–5 of every user and event 6 held out, built by hand. */
    private static double handBuiltValidationNdcg(InteractionLog log, double lambda) {
        boolean[] keep = new boolean[log.events()];
        int[] held = new int[log.users()];
        for (int u = 0; u < log.users(); u++) {
            for (int e = log.start(u); e < log.end(u); e++) {
                keep[e] = e - log.start(u) < 6;
            }
            held[u] = log.itemOf(log.start(u) + 6);
        }
        var train = log.matrix(keep);
        AlsRecommender als = new AlsRecommender();
        als.fit(train, ALS.withAls(lambda, ALS.alpha(), ALS.cgSteps()), ProgressListener.none(),
                new CancellationToken());
        double sum = 0;
        double[] scores = new double[train.items()];
        for (int u = 0; u < log.users(); u++) {
            als.score(u, train.rowItems(u), train.rowValues(u), scores);
            BitSet seen = new BitSet();
            for (int i : train.rowItems(u)) {
                seen.set(i);
            }
            int[] top = io.campaignlab.engine.recommend.ScoredItem.topIds(scores, K, seen);
            sum += RankingMetrics.ndcg(top, new int[] {held[u]}, K);
        }
        return sum / log.users();
    }
}
