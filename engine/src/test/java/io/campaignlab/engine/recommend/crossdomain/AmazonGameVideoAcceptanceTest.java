package io.campaignlab.engine.recommend.crossdomain;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.PopularityRecommender;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluation;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance on the CDRIB Amazon pair {@code ../shared/data/amazon-cdr} (read AmazonCdrPair): target = game
 * (Toys&amp;Games, {@code game_video/}), source = video (Video Games, {@code video_game/}). The test users of
 * {@code game_video/test.txt} are shared users whose game interactions are all held out, so they are cold in the
 * target. Each is ranked over every game item (full ranking, no sampled negatives; nothing is excluded since their
 * game training row is empty). The cross-domain models must beat the best single-domain model for a cold user,
 * target popularity, on NDCG@10. The hyper-parameters below were chosen on {@code valid.txt} only. Skipped, with a
 * message, when the data is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmazonGameVideoAcceptanceTest {

    /** Shared users, from video_game/data_info.txt ("common user num 2179"), checked against the files below. */
    static final int COMMON = 2179;
    static final int K = 10;

    /** Chosen on valid.txt (see the class comment): factors, iterations, λ, α, source weight, mapping ridge. */
    static final int FACTORS = 64;
    static final int ITERATIONS = 15;
    static final double LAMBDA = 5;
    static final double ALPHA = 50;
    static final double SOURCE_WEIGHT = 1;
    static final double MAPPING_RIDGE = 1;

    AmazonCdrPair pair;

    @BeforeEach
    void requireTheData() {
        Assumptions.assumeTrue(AmazonCdrPair.present(), () -> "skipped: " + AmazonCdrPair.DIR.toAbsolutePath()
                + " (game_video/ and video_game/ train, valid, test) is absent; the shared datasets are not in this"
                + " checkout");
    }

    @BeforeAll
    void read() throws IOException {
        if (AmazonCdrPair.present()) {
            pair = AmazonCdrPair.load(COMMON);
        }
    }

    @Test
    void theSharedUserCountOfDataInfoMatchesTheFiles() throws IOException {
        assertThat(commonUsers("video_game/data_info.txt")).isEqualTo(COMMON);
        // ids below COMMON, over train, valid and test, are exactly 0..COMMON-1 in both domains
        for (String domain : new String[] {"game_video", "video_game"}) {
            TreeSet<Integer> shared = new TreeSet<>();
            for (String f : new String[] {"train", "valid", "test"}) {
                AmazonCdrPair.Pairs p = AmazonCdrPair.read(domain + "/" + f + ".txt");
                for (int u : p.distinctUsers()) {
                    if (u < COMMON) {
                        shared.add(u);
                    } else {
                        assertThat(f).as("%s/%s holds user %d, beyond the shared ids", domain, f, u)
                                .isEqualTo("train");
                    }
                }
            }
            assertThat(shared).hasSize(COMMON);
            assertThat(shared.first()).isZero();
            assertThat(shared.last()).isEqualTo(COMMON - 1);
        }
        // the game test and valid users are cold in game training and present in video training
        int cold = 0;
        for (int u = 0; u < pair.data().users(); u++) {
            if (pair.test()[u] != null || pair.valid()[u] != null) {
                cold++;
                assertThat(pair.data().target().rowLength(u)).isZero();
                assertThat(pair.data().source().rowLength(u)).isPositive();
            }
        }
        assertThat(cold).isEqualTo(226);
        assertThat(pair.data().target().nonZeros()).isEqualTo(155_036);
        assertThat(pair.data().source().nonZeros()).isEqualTo(156_091);
        assertThat(pair.data().target().items()).isEqualTo(12_319);
        assertThat(pair.data().source().items()).isEqualTo(8_751);
    }

    private static int commonUsers(String file) throws IOException {
        Matcher m = Pattern.compile("common user num (\\d+)").matcher(Files.readString(AmazonCdrPair.DIR.resolve(file)));
        assertThat(m.find()).as("%s names the shared user count", file).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void crossDomainModelsBeatTargetPopularityOnColdTestUsers() {
        RecommenderSpec spec = RecommenderSpec.defaults(RecommenderKind.CDR).withFactors(FACTORS)
                .withIterations(ITERATIONS).withAls(LAMBDA, ALPHA, 3).withSeed(42);
        EvaluationSplit test = pair.split(pair.test(), K);
        EvaluationSplit valid = pair.split(pair.valid(), K);

        long t0 = System.nanoTime();
        PopularityRecommender pop = new PopularityRecommender(false);
        pop.fit(pair.data().target(), spec, ProgressListener.none(), new CancellationToken());
        double popSeconds = (System.nanoTime() - t0) / 1e9;

        t0 = System.nanoTime();
        CrossDomainAlsRecommender joint = new CrossDomainAlsRecommender(SOURCE_WEIGHT);
        joint.fit(pair.data(), spec, ProgressListener.none(), new CancellationToken());
        double jointSeconds = (System.nanoTime() - t0) / 1e9;

        t0 = System.nanoTime();
        EmcdrRecommender emcdr = new EmcdrRecommender(MAPPING_RIDGE);
        emcdr.fit(pair.data(), spec, ProgressListener.none(), new CancellationToken());
        double emcdrSeconds = (System.nanoTime() - t0) / 1e9;

        RankingEvaluation popTest = evaluate(pop, test);
        RankingEvaluation jointTest = evaluate(joint, test);
        RankingEvaluation emcdrTest = evaluate(emcdr, test);
        System.out.printf("amazon game<-video cold-start, full ranking over %d game items, K=%d (%d mapping pairs)%n",
                pair.data().target().items(), K, emcdr.mappingPairs());
        print("test", "target popularity", popTest, popSeconds);
        print("test", "joint ALS (cdr)", jointTest, jointSeconds);
        print("test", "EMCDR (linear)", emcdrTest, emcdrSeconds);
        print("valid", "target popularity", evaluate(pop, valid), popSeconds);
        print("valid", "joint ALS (cdr)", evaluate(joint, valid), jointSeconds);
        print("valid", "EMCDR (linear)", evaluate(emcdr, valid), emcdrSeconds);

        assertThat(popTest.users()).isEqualTo(212);
        assertThat(jointTest.users()).isEqualTo(212);
        assertThat(jointTest.ndcg()).as("joint ALS NDCG@10 against target popularity")
                .isGreaterThan(popTest.ndcg());
        assertThat(emcdrTest.ndcg()).as("EMCDR NDCG@10 against target popularity").isGreaterThan(popTest.ndcg());
    }

    private static RankingEvaluation evaluate(ItemRecommender model, EvaluationSplit split) {
        return RankingEvaluator.evaluate(model, split, Runtime.getRuntime().availableProcessors(),
                ProgressListener.none(), new CancellationToken());
    }

    private static void print(String split, String model, RankingEvaluation e, double fitSeconds) {
        System.out.printf("  %-5s %-18s users %d  ndcg@%d %.4f  recall@%d %.4f  hit_rate@%d %.4f  mrr@%d %.4f"
                        + "  coverage %.4f  fit %.1f s%n", split, model, e.users(), e.k(), e.ndcg(), e.k(),
                e.recall(), e.k(), e.hitRate(), e.k(), e.mrr(), e.coverage(), fitSeconds);
    }
}
