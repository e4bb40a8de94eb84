package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.knn.ItemKnnRecommender;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance check on the YooChoose 100k-click sample as session-rec prepared it
 * ({@code ../shared/data/yoochoose-100k}), under the sample's own split: train on {@code train_full}, and for every
 * prefix of every test session (restricted to training items, at least two clicks) rank all training items for the
 * next click. GRU4Rec must beat the better item-kNN variant (last click, or whole prefix) on both Recall@20 and
 * MRR@20. Prints every figure; skipped, with a message, when the files are absent.
 */
class YooChooseSessionAcceptanceTest {

    static final Path DIR = Path.of(System.getProperty("campaignlab.shared.data", "../shared/data"),
            "yoochoose-100k");
    static final Path TRAIN = DIR.resolve("yoochoose-clicks-100k_train_full.txt");
    static final Path TEST = DIR.resolve("yoochoose-clicks-100k_test.txt");
    static final int K = 20;
    /** Sized for about half a minute of CPU on two cores; figures measured with it are in the report. */
    static final Gru4RecSpec SPEC = Gru4RecSpec.defaults().withSize(32, 48).withEpochs(3)
            .withTraining(256, 0.01, 0.1);

    /** CPU time of the whole process (PyTorch's native threads included), or 0 where the JVM cannot tell. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    @Test
    void gru4recBeatsItemKnnOnRecallAndMrrAt20() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(TRAIN) && Files.isRegularFile(TEST), () -> "skipped: "
                + DIR.toAbsolutePath() + " lacks the YooChoose sample (the shared datasets are not in this checkout)");
        SessionSequences train = SessionRecFiles.read(TRAIN, null);
        SessionSequences test = SessionRecFiles.read(TEST, train.itemIds()).atLeast(2);
        // the sample's documented size (SOURCE.txt)
        assertThat(train.clicks()).isEqualTo(70_278);
        assertThat(train.size()).isEqualTo(17_794);
        assertThat(train.items()).isEqualTo(2_933);
        double[] popularity = train.clickCounts();
        CancellationToken cancel = new CancellationToken();

        NextItemEvaluation pop = SessionEvaluator.evaluate("pop", BaselineSessionScorers.popularity(popularity),
                test, K, popularity, ProgressListener.none(), cancel);
        ItemKnnRecommender knn = new ItemKnnRecommender();
        knn.fit(train.sessionItemMatrix(), RecommenderSpec.defaults(RecommenderKind.ITEMKNN).withKnn(100, 20),
                ProgressListener.none(), cancel);
        NextItemEvaluation knnLast = SessionEvaluator.evaluate("itemknn-last", BaselineSessionScorers.itemKnn(knn,
                BaselineSessionScorers.KnnInput.LAST_ITEM), test, K, popularity, ProgressListener.none(), cancel);
        NextItemEvaluation knnPrefix = SessionEvaluator.evaluate("itemknn-prefix", BaselineSessionScorers.itemKnn(
                knn, BaselineSessionScorers.KnnInput.WHOLE_PREFIX), test, K, popularity, ProgressListener.none(),
                cancel);

        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        NextItemEvaluation gru;
        Gru4RecModel.History history;
        try (Gru4RecModel model = Gru4RecModel.train(train, SPEC, ProgressListener.none(), cancel)) {
            history = model.history();
            gru = SessionEvaluator.evaluate("gru4rec", model, test, K, popularity, ProgressListener.none(), cancel);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;

        System.out.printf(Locale.ROOT, "YooChoose 100k, session-rec split: %,d test sessions, %,d predictions,"
                + " %,d items ranked each%n", gru.sessions(), gru.predictions(), gru.catalogue());
        for (NextItemEvaluation e : new NextItemEvaluation[]{pop, knnLast, knnPrefix, gru}) {
            System.out.printf(Locale.ROOT, "  %-15s Recall@%d %.4f  MRR@%d %.4f  NDCG@%d %.4f  coverage %.3f%n",
                    e.model(), K, e.recall(), K, e.mrr(), K, e.ndcg(), e.coverage());
        }
        System.out.printf(Locale.ROOT, "  gru4rec: embedding %d, hidden %d, %d epochs, batch %d, lr %s, dropout %s on"
                        + " %s; training %.1f s (%,d windows, %,d targets per epoch), train + evaluate %.1f s wall,"
                        + " %.1f s process CPU (machine load %.1f)%n",
                SPEC.embedding(), SPEC.hidden(), history.epochs().size(), SPEC.batchSize(), SPEC.learningRate(),
                SPEC.dropout(), history.device(), history.seconds(), history.sequences(), history.steps(), seconds,
                cpuSeconds, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        assertThat(gru.predictions()).isEqualTo(knnLast.predictions()).isEqualTo(pop.predictions());
        double bestKnnRecall = Math.max(knnLast.recall(), knnPrefix.recall());
        double bestKnnMrr = Math.max(knnLast.mrr(), knnPrefix.mrr());
        NextItemEvaluation bestKnn = knnLast.recall() >= knnPrefix.recall() ? knnLast : knnPrefix;
        assertThat(gru.recall()).as("GRU4Rec Recall@20 against the better item-kNN (%s)", bestKnn.model())
                .isGreaterThan(bestKnnRecall);
        assertThat(gru.mrr()).as("GRU4Rec MRR@20 against the better item-kNN").isGreaterThan(bestKnnMrr);
        assertThat(knnLast.recall()).as("item-kNN is a real baseline, far above popularity").isGreaterThan(
                2 * pop.recall());
    }

    /**
     * SASRec beside GRU4Rec on the same split and budget (embedding 32, 3 epochs, batch 256, lr 0.01, dropout 0.1);
     * prints both with the baselines. Slow: two models of about half a minute each.
     */
    @Test
    @org.junit.jupiter.api.Tag("slow")
    void sasRecBesideGru4Rec() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(TRAIN) && Files.isRegularFile(TEST), () -> "skipped: "
                + DIR.toAbsolutePath() + " lacks the YooChoose sample (the shared datasets are not in this checkout)");
        SessionSequences train = SessionRecFiles.read(TRAIN, null);
        SessionSequences test = SessionRecFiles.read(TEST, train.itemIds()).atLeast(2);
        double[] popularity = train.clickCounts();
        CancellationToken cancel = new CancellationToken();
        NextItemEvaluation pop = SessionEvaluator.evaluate("pop", BaselineSessionScorers.popularity(popularity),
                test, K, popularity, ProgressListener.none(), cancel);
        NextItemEvaluation[] models = new NextItemEvaluation[2];
        String[] architectures = {Gru4RecSpec.GRU4REC, Gru4RecSpec.SASREC};
        for (int m = 0; m < 2; m++) {
            long started = System.nanoTime();
            try (Gru4RecModel model = Gru4RecModel.train(train, SPEC.withArchitecture(architectures[m]),
                    ProgressListener.none(), cancel)) {
                models[m] = SessionEvaluator.evaluate(architectures[m], model, test, K, popularity,
                        ProgressListener.none(), cancel);
            }
            System.out.printf(Locale.ROOT, "  %s trained and evaluated in %.1f s%n", architectures[m],
                    (System.nanoTime() - started) / 1e9);
        }
        for (NextItemEvaluation e : new NextItemEvaluation[]{pop, models[0], models[1]}) {
            System.out.printf(Locale.ROOT, "  %-15s Recall@%d %.4f  MRR@%d %.4f  NDCG@%d %.4f  coverage %.3f%n",
                    e.model(), K, e.recall(), K, e.mrr(), K, e.ndcg(), e.coverage());
        }
        assertThat(models[1].predictions()).isEqualTo(pop.predictions());
        assertThat(models[1].recall()).as("SASRec Recall@20 against popularity").isGreaterThan(2 * pop.recall());
    }
}
