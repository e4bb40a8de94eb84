package io.campaignlab.engine.recommend.crossdomain;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.PopularityRecommender;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.ScoredItem;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Planted two-domain taste: two user groups, each with its own block of source items and of target items. Group A
 * is twice as large in the target domain, so target popularity ranks A's items first for everyone. Cold users
 * (source history only) must get their own group's target items from a transfer model; popularity serves only A.
 */
class CrossDomainRecommenderTest {

    static final int PER_GROUP_TARGET_ITEMS = 5;
    static final int PER_GROUP_SOURCE_ITEMS = 10;
    static final int A_WARM = 80;
    static final int B_WARM = 40;
    static final int COLD_PER_GROUP = 10;

    /** Users 0..A_WARM-1 are A, then B_WARM B users, then cold A users, then cold B users. */
    record Planted(CrossDomainData data, EvaluationSplit split, boolean[] groupB) {
    }

    static Planted planted(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int users = A_WARM + B_WARM + 2 * COLD_PER_GROUP;
        boolean[] groupB = new boolean[users];
        boolean[] cold = new boolean[users];
        for (int u = 0; u < users; u++) {
            int w = u - A_WARM - B_WARM;
            groupB[u] = (u >= A_WARM && u < A_WARM + B_WARM) || w >= COLD_PER_GROUP;
            cold[u] = w >= 0;
        }
        List<int[]> target = new ArrayList<>();
        List<int[]> source = new ArrayList<>();
        int[][] targets = new int[users][];
        for (int u = 0; u < users; u++) {
            int g = groupB[u] ? 1 : 0;
            for (int j : pick(random, PER_GROUP_SOURCE_ITEMS, 6)) {
                source.add(new int[] {u, g * PER_GROUP_SOURCE_ITEMS + j});
            }
            if (cold[u]) {
                targets[u] = new int[PER_GROUP_TARGET_ITEMS];
                for (int i = 0; i < PER_GROUP_TARGET_ITEMS; i++) {
                    targets[u][i] = g * PER_GROUP_TARGET_ITEMS + i;
                }
            } else {
                for (int i : pick(random, PER_GROUP_TARGET_ITEMS, 4)) {
                    target.add(new int[] {u, g * PER_GROUP_TARGET_ITEMS + i});
                }
            }
        }
        InteractionMatrix t = matrix(users, 2 * PER_GROUP_TARGET_ITEMS, target);
        InteractionMatrix s = matrix(users, 2 * PER_GROUP_SOURCE_ITEMS, source);
        EvaluationSplit split = new EvaluationSplit(EvaluationProtocol.coldStart(0.1, 5), t, targets, 0);
        return new Planted(new CrossDomainData(t, s), split, groupB);
    }

    private static int[] pick(SplittableRandom random, int n, int k) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int tmp = all[i];
            all[i] = all[j];
            all[j] = tmp;
        }
        return Arrays.copyOf(all, k);
    }

    private static InteractionMatrix matrix(int users, int items, List<int[]> cells) {
        int[] u = new int[cells.size()];
        int[] i = new int[cells.size()];
        float[] v = new float[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            u[c] = cells.get(c)[0];
            i[c] = cells.get(c)[1];
            v[c] = 1;
        }
        return InteractionMatrix.of(users, items, u, i, v);
    }

    static RecommenderSpec spec() {
        return RecommenderSpec.defaults(RecommenderKind.ALS).withFactors(4).withIterations(15).withAls(0.1, 10, 3)
                .withThreads(2).withSeed(3);
    }

    @Test
    void jointAlsGivesColdUsersTheirOwnGroupsTargetItemsAndPopularityCannot() {
        Planted p = planted(11);
        CrossDomainAlsRecommender joint = new CrossDomainAlsRecommender(1.0);
        joint.fit(p.data(), spec(), ProgressListener.none(), new CancellationToken());
        assertThat(joint.itemCount()).isEqualTo(2 * PER_GROUP_TARGET_ITEMS);
        assertColdUsersGetTheirGroup(joint, p);
        // every cold user's top 5 is exactly the 5 held-out items: NDCG@5 = recall@5 = hit rate = 1
        RankingEvaluation e = RankingEvaluator.evaluate(joint, p.split(), 2, ProgressListener.none(),
                new CancellationToken());
        assertThat(e.users()).isEqualTo(2 * COLD_PER_GROUP);
        assertThat(e.ndcg()).isCloseTo(1.0, within(1e-12));
        assertThat(e.recall()).isCloseTo(1.0, within(1e-12));

        // popularity's top 5 is group A's block (about 80 × 4 / 5 cells each against 40 × 4 / 5), so A's cold users score 1 and
        // B's score 0: NDCG@5 = recall@5 = hit rate = 10 / 20 = 0.5
        PopularityRecommender pop = new PopularityRecommender(false);
        pop.fit(p.data().target(), RecommenderSpec.defaults(RecommenderKind.POP), ProgressListener.none(),
                new CancellationToken());
        RankingEvaluation popular = RankingEvaluator.evaluate(pop, p.split(), 2, ProgressListener.none(),
                new CancellationToken());
        assertThat(popular.ndcg()).isCloseTo(0.5, within(1e-12));
        assertThat(popular.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(popular.hitRate()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void foldingInASourceOnlyHistoryRanksTheSameGroup() {
        Planted p = planted(5);
        CrossDomainAlsRecommender fitted = new CrossDomainAlsRecommender(1.0);
        fitted.fit(p.data(), spec(), ProgressListener.none(), new CancellationToken());
        // the stored form: joint item factors only, every user folded in
        CrossDomainAlsRecommender stored = CrossDomainAlsRecommender.of(1.0, fitted.targetItems(),
                fitted.joint().factors(), fitted.joint().regularization(), fitted.joint().alpha(),
                fitted.joint().itemFactors());
        InteractionMatrix source = p.data().source();
        for (int u = A_WARM + B_WARM; u < p.data().users(); u++) {
            CrossDomainAlsRecommender.History h = stored.jointHistory(new int[0], new float[0],
                    source.rowItems(u), source.rowValues(u));
            assertThat(Arrays.stream(h.items()).allMatch(i -> i >= 2 * PER_GROUP_TARGET_ITEMS)).isTrue();
            int[] top = ids(stored.recommend(-1, h.items(), h.values(), PER_GROUP_TARGET_ITEMS, null));
            assertThat(top).containsExactlyInAnyOrder(p.split().targets()[u]);
            // the reasons are the user's source items, shifted into the joint space
            List<ItemRecommender.Reason> why = stored.explain(-1, h.items(), h.values(), top[0], 3);
            assertThat(why).isNotEmpty().allMatch(r -> Arrays.stream(h.items()).anyMatch(i -> i == r.item()));
        }
    }

    @Test
    void emcdrMapsSourceFactorsOntoTheRightTargetGroup() {
        Planted p = planted(23);
        EmcdrRecommender emcdr = new EmcdrRecommender(0.01);
        emcdr.fit(p.data(), spec(), ProgressListener.none(), new CancellationToken());
        assertThat(emcdr.mappingPairs()).isEqualTo(A_WARM + B_WARM);
        assertColdUsersGetTheirGroup(emcdr, p);
    }

    private static void assertColdUsersGetTheirGroup(ItemRecommender model, Planted p) {
        InteractionMatrix t = p.data().target();
        for (int u = A_WARM + B_WARM; u < p.data().users(); u++) {
            assertThat(t.rowLength(u)).isZero();
            int[] top = ids(model.recommend(u, t.rowItems(u), t.rowValues(u), PER_GROUP_TARGET_ITEMS, null));
            int first = p.groupB()[u] ? PER_GROUP_TARGET_ITEMS : 0;
            assertThat(top).as("%s top items of cold user %d", model.getClass().getSimpleName(), u)
                    .containsExactlyInAnyOrder(first, first + 1, first + 2, first + 3, first + 4);
        }
    }

    private static int[] ids(List<ScoredItem> items) {
        return items.stream().mapToInt(ScoredItem::item).toArray();
    }

    @Test
    void theJointMatrixShiftsAndWeighsSourceItems() {
        InteractionMatrix t = InteractionMatrix.of(3, 4, new int[] {0, 0, 2}, new int[] {1, 3, 0},
                new float[] {1, 2, 1});
        InteractionMatrix s = InteractionMatrix.of(3, 2, new int[] {0, 1}, new int[] {1, 0}, new float[] {3, 1});
        InteractionMatrix j = new CrossDomainData(t, s).joint(0.5);
        assertThat(j.users()).isEqualTo(3);
        assertThat(j.items()).isEqualTo(6);
        assertThat(j.rowItems(0)).containsExactly(1, 3, 5);
        assertThat(j.rowValues(0)).containsExactly(1f, 2f, 1.5f);
        assertThat(j.rowItems(1)).containsExactly(4);
        assertThat(j.rowValues(1)).containsExactly(0.5f);
        assertThat(j.rowItems(2)).containsExactly(0);
        assertThatThrownBy(() -> new CrossDomainData(t, InteractionMatrix.of(2, 2, new int[0], new int[0],
                new float[0]))).hasMessageContaining("share one user index");
    }

    @Test
    void cdrIsNotASingleDomainModelAndColdStartIsNotASingleLogSplit() {
        assertThat(RecommenderKind.parse("cdr")).isEqualTo(RecommenderKind.CDR);
        assertThat(RecommenderKind.parse("rec-cdr")).isEqualTo(RecommenderKind.CDR);
        assertThatThrownBy(RecommenderKind.CDR::create).hasMessageContaining("source domain");
        assertThat(EvaluationProtocol.Kind.parse("cold-start")).isEqualTo(EvaluationProtocol.Kind.COLD_START);
        InteractionLog log = InteractionLog.of(new String[] {"u"}, new String[] {"i"}, new String[] {"view"},
                new long[] {1}, EventWeights.defaults());
        assertThatThrownBy(() -> EvaluationSplit.of(log, EvaluationProtocol.coldStart(0.2, 10)))
                .hasMessageContaining("source domain");
    }
}
