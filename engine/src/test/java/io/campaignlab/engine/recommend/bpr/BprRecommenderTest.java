package io.campaignlab.engine.recommend.bpr;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.InteractionMatrix;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.RecommendRequest;
import io.campaignlab.engine.recommend.RecommenderArtifact;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.ScoredItem;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** BPR-MF: planted block structure, determinism, the fold-in's optimum and its exact explanation, save and load. */
class BprRecommenderTest {

    static final int USERS = 200;
    static final int ITEMS = 40;
    static final int HALF = ITEMS / 2;

    static InteractionMatrix blocks;
    static BprRecommender model;
    static RecommenderSpec spec;

    /**
     * Two user groups × two item groups: the even users touch 8 distinct random items of 0..19, the odd users 8 of
     * 20..39, so a user's unseen items of their own group should rank above every item of the other group.
     */
    static InteractionMatrix planted(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> us = new ArrayList<>();
        List<Integer> is = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            int base = (u % 2) * HALF;
            Set<Integer> chosen = new LinkedHashSet<>();
            while (chosen.size() < 8) {
                chosen.add(base + random.nextInt(HALF));
            }
            for (int i : chosen) {
                us.add(u);
                is.add(i);
            }
        }
        float[] ones = new float[us.size()];
        java.util.Arrays.fill(ones, 1f);
        return InteractionMatrix.of(USERS, ITEMS, us.stream().mapToInt(Integer::intValue).toArray(),
                is.stream().mapToInt(Integer::intValue).toArray(), ones);
    }

    @BeforeAll
    static void fit() {
        blocks = planted(3);
        spec = RecommenderSpec.defaults(RecommenderKind.BPR).withFactors(8).withSeed(5)
                .withBpr(BprSettings.defaults().withEpochs(30).withBatchSize(256).withRegularization(1e-3)
                        .withDevice("cpu"));
        model = new BprRecommender();
        model.fit(blocks, spec, ProgressListener.none(), new CancellationToken());
    }

    private static boolean inGroup(int user, int item) {
        return item / HALF == user % 2;
    }

    @Test
    void ranksEveryUnseenInGroupItemAboveTheOtherGroup() {
        double[] scores = new double[ITEMS];
        int perfect = 0;
        for (int u = 0; u < USERS; u++) {
            model.score(u, blocks.rowItems(u), blocks.rowValues(u), scores);
            BitSet seen = EvaluationSplit.excluded(blocks, u, false);
            // 12 unseen in-group items: the top 12 unseen should be exactly those
            List<ScoredItem> top = ScoredItem.top(scores, HALF - 8, seen);
            int user = u;
            if (top.stream().allMatch(s -> inGroup(user, s.item()))) {
                perfect++;
            }
        }
        System.out.printf("BPR planted blocks: %d of %d users have all 12 unseen in-group items on top; losses %s%n",
                perfect, USERS, java.util.Arrays.toString(model.losses()));
        assertThat(perfect).isGreaterThanOrEqualTo(USERS * 95 / 100);
        double[] losses = model.losses();
        assertThat(losses[losses.length - 1]).isLessThan(0.5 * losses[0]);
        assertThat(model.device()).contains("cpu");
    }

    /** The GPU's path (tables on the device, DJL's dense Adam), taken here on the CPU, learns the blocks too. */
    @Test
    void denseDeviceUpdatesLearnTheBlocksToo() {
        BprTrainer.Result r = BprTrainer.train(blocks, 8, 5, spec.bpr(), ai.djl.Device.cpu(), false,
                ProgressListener.none(), new CancellationToken());
        int f = 8;
        int perfect = 0;
        double[] scores = new double[ITEMS];
        for (int u = 0; u < USERS; u++) {
            for (int j = 0; j < ITEMS; j++) {
                double s = r.itemBias()[j];
                for (int c = 0; c < f; c++) {
                    s += r.userFactors()[u * f + c] * r.itemFactors()[j * f + c];
                }
                scores[j] = s;
            }
            int user = u;
            if (ScoredItem.top(scores, HALF - 8, EvaluationSplit.excluded(blocks, u, false)).stream()
                    .allMatch(s -> inGroup(user, s.item()))) {
                perfect++;
            }
        }
        System.out.printf("BPR planted blocks, dense Adam: %d of %d users perfect; losses %s%n", perfect, USERS,
                java.util.Arrays.toString(r.losses()));
        assertThat(perfect).isGreaterThanOrEqualTo(USERS * 95 / 100);
    }

    @Test
    void aFoldedInHistoryGetsItsOwnGroupAndAnExactExplanation() {
        int[] history = {21, 25, 33};
        double[] scores = new double[ITEMS];
        model.score(-1, history, new float[]{1, 1, 1}, scores);
        BitSet seen = new BitSet();
        for (int i : history) {
            seen.set(i);
        }
        List<ScoredItem> top = ScoredItem.top(scores, 10, seen);
        assertThat(top).allSatisfy(s -> assertThat(s.item()).isBetween(HALF, ITEMS - 1));

        // the contributions of all history items add up to the score less the item's bias
        int item = top.get(0).item();
        List<ItemRecommender.Reason> reasons = model.explain(-1, history, new float[]{1, 1, 1}, item, 10);
        assertThat(reasons).hasSize(3).extracting(ItemRecommender.Reason::item).containsExactlyInAnyOrder(21, 25, 33);
        double sum = reasons.stream().mapToDouble(ItemRecommender.Reason::contribution).sum();
        assertThat(sum).isCloseTo(scores[item] - model.itemBias()[item], within(1e-9));
        assertThat(reasons.get(0).contribution()).isGreaterThanOrEqualTo(reasons.get(2).contribution());
        assertThat(model.explain(-1, history, new float[]{1, 1, 1}, item, 2)).hasSize(2);
    }

    /**
     * The fold-in minimises L(x) = (1/|N|) Σ_{i∈H, j∉H} softplus(−(x·(q_i − q_j) + b_i − b_j)) + λ|H|‖x‖²: its
     * gradient, written out here term by term, vanishes there, and nudging x any way raises L.
     */
    @Test
    void theFoldInIsTheMinimumOfTheUsersBprObjective() {
        int f = model.factors();
        double[] q = model.itemFactors();
        double[] b = model.itemBias();
        double lambda = 0.01;
        BprRecommender strong = BprRecommender.of(f, lambda, q, b);
        int[] history = {1, 4, 9, 30};
        double[] x = strong.foldIn(history).x();
        double[] grad = objectiveGradient(q, b, f, lambda, history, x);
        double norm = 0;
        for (double g : grad) {
            norm += g * g;
        }
        System.out.printf("fold-in: %d Newton steps, |gradient| %.3g%n", strong.foldIn(history).steps(), Math.sqrt(norm));
        assertThat(Math.sqrt(norm)).isLessThan(1e-7);
        double at = objective(q, b, f, lambda, history, x);
        SplittableRandom random = new SplittableRandom(1);
        for (int t = 0; t < 20; t++) {
            double[] y = x.clone();
            for (int c = 0; c < f; c++) {
                y[c] += 0.01 * (random.nextDouble() - 0.5);
            }
            assertThat(objective(q, b, f, lambda, history, y)).isGreaterThan(at);
        }
    }

    private static double objective(double[] q, double[] b, int f, double lambda, int[] h, double[] x) {
        Set<Integer> hist = new java.util.HashSet<>();
        for (int i : h) {
            hist.add(i);
        }
        int n = b.length - h.length;
        double sum = 0;
        for (int i : h) {
            for (int j = 0; j < b.length; j++) {
                if (hist.contains(j)) {
                    continue;
                }
                double s = b[i] - b[j];
                for (int c = 0; c < f; c++) {
                    s += x[c] * (q[i * f + c] - q[j * f + c]);
                }
                sum += Math.log1p(Math.exp(-s));
            }
        }
        double xx = 0;
        for (double v : x) {
            xx += v * v;
        }
        return sum / n + lambda * h.length * xx;
    }

    private static double[] objectiveGradient(double[] q, double[] b, int f, double lambda, int[] h, double[] x) {
        Set<Integer> hist = new java.util.HashSet<>();
        for (int i : h) {
            hist.add(i);
        }
        int n = b.length - h.length;
        double[] g = new double[f];
        for (int i : h) {
            for (int j = 0; j < b.length; j++) {
                if (hist.contains(j)) {
                    continue;
                }
                double s = b[i] - b[j];
                for (int c = 0; c < f; c++) {
                    s += x[c] * (q[i * f + c] - q[j * f + c]);
                }
                double w = 1 / (1 + Math.exp(s));
                for (int c = 0; c < f; c++) {
                    g[c] -= w * (q[i * f + c] - q[j * f + c]) / n;
                }
            }
        }
        for (int c = 0; c < f; c++) {
            g[c] += 2 * lambda * h.length * x[c];
        }
        return g;
    }

    @Test
    void theSameSeedGivesTheSameFactorsAndAnotherSeedDoesNot() {
        BprRecommender again = new BprRecommender();
        again.fit(blocks, spec, ProgressListener.none(), new CancellationToken());
        assertThat(again.itemFactors()).containsExactly(model.itemFactors());
        assertThat(again.itemBias()).containsExactly(model.itemBias());
        assertThat(again.userFactors()).containsExactly(model.userFactors());
        BprRecommender other = new BprRecommender();
        other.fit(blocks, spec.withSeed(6), ProgressListener.none(), new CancellationToken());
        assertThat(other.itemFactors()).isNotEqualTo(model.itemFactors());
    }

    @Test
    void savedAndLoadedItScoresAndExplainsIdentically(@TempDir Path dir) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            ids.add("item-" + i);
        }
        RecommendRequest request = new RecommendRequest("events", spec, EvaluationProtocol.leaveLastOut(10),
                EventWeights.defaults());
        Path file = dir.resolve("models").resolve(RecommenderArtifact.fileName(1));
        new RecommenderArtifact(request, ids, model).write(file);
        RecommenderArtifact loaded = RecommenderArtifact.read(file);
        assertThat(loaded.model()).isInstanceOf(BprRecommender.class);
        assertThat(loaded.request().spec()).isEqualTo(spec);
        assertThat(loaded.itemIds()).isEqualTo(ids);
        int[] history = {2, 7, 11};
        float[] values = {1, 3, 5};
        double[] before = new double[ITEMS];
        double[] after = new double[ITEMS];
        model.score(-1, history, values, before);
        loaded.model().score(-1, history, values, after);
        assertThat(after).containsExactly(before);
        assertThat(loaded.model().explain(-1, history, values, 5, 3))
                .isEqualTo(model.explain(-1, history, values, 5, 3));
    }

    @Test
    void settingsSavedBeforeBprExistedLoadWithTheDefaults() throws Exception {
        String saved = "{\"kind\":\"ALS\",\"factors\":8,\"iterations\":3,\"regularization\":1.0,\"alpha\":2.0,"
                + "\"cgSteps\":3,\"neighbours\":10,\"shrinkage\":1.0,\"recentDays\":7,\"threads\":1,\"seed\":4}";
        RecommenderSpec old = RecommenderArtifact.JSON.readValue(saved, RecommenderSpec.class);
        assertThat(old.bpr()).isEqualTo(BprSettings.defaults());
        assertThat(old.factors()).isEqualTo(8);
    }
}
