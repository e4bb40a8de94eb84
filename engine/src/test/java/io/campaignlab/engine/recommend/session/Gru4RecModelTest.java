package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.ScoredItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GRU4Rec on a planted pattern: in every session item i is followed by item (i + 1) mod 12, except that item 11 is
 * followed by item 0 only after item 10, so the whole pattern is the next click. A model that learnt it ranks the
 * true next click first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Gru4RecModelTest {

    static final int ITEMS = 12;
    static final Gru4RecSpec SPEC = Gru4RecSpec.defaults().withSize(16, 24).withEpochs(25)
            .withTraining(32, 0.02, 0.0).withDevice("cpu");

    SessionSequences train;
    SessionSequences test;
    Gru4RecModel model;

    @BeforeAll
    void train() {
        train = planted(400, 1);
        test = planted(100, 2);
        model = Gru4RecModel.train(train, SPEC, ProgressListener.none(), new CancellationToken());
    }

    @org.junit.jupiter.api.AfterAll
    void close() {
        if (model != null) {
            model.close();
        }
    }

    /** Sessions of 2 to 6 clicks, each starting at a random item and stepping by one. */
    static SessionSequences planted(int sessions, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            ids.add("item" + i);
        }
        int[][] seqs = new int[sessions][];
        List<String> names = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            int length = 2 + rng.nextInt(5);
            int start = rng.nextInt(ITEMS);
            seqs[s] = new int[length];
            for (int t = 0; t < length; t++) {
                seqs[s][t] = (start + t) % ITEMS;
            }
            names.add("s" + s);
        }
        return new SessionSequences(ids, names, seqs, new long[sessions]);
    }

    @Test
    void learnsThePlantedSuccessorToNearPerfectRecallAtOne() {
        NextItemEvaluation e = SessionEvaluator.evaluate("gru4rec", model, test, 1, train.clickCounts(),
                ProgressListener.none(), new CancellationToken());
        assertThat(e.predictions()).isGreaterThan(150);
        assertThat(e.recall()).as("Recall@1 on the planted successor").isGreaterThanOrEqualTo(0.97);
        // popularity cannot do it: every item is about equally frequent
        NextItemEvaluation pop = SessionEvaluator.evaluate("pop", BaselineSessionScorers.popularity(
                train.clickCounts()), test, 1, train.clickCounts(), ProgressListener.none(), new CancellationToken());
        assertThat(pop.recall()).isLessThan(0.2);
        assertThat(model.history().epochs()).hasSize(25);
        assertThat(model.history().epochs().get(24).loss()).isLessThan(model.history().epochs().get(0).loss());
    }

    @Test
    void savedParametersScoreIdentically() {
        int[] session = {3, 4, 5};
        try (Gru4RecModel loaded = Gru4RecModel.load(SPEC, ITEMS, model.parameters())) {
            assertThat(loaded.prefixScores(session)).isDeepEqualTo(model.prefixScores(session));
            assertThat(loaded.emptySessionScores()).containsExactly(model.emptySessionScores());
        }
    }

    @Test
    void theSameSeedGivesTheSameScores() {
        Gru4RecSpec shortRun = SPEC.withEpochs(3);
        int[] session = {7, 8};
        try (Gru4RecModel a = Gru4RecModel.train(train, shortRun, ProgressListener.none(), new CancellationToken());
             Gru4RecModel b = Gru4RecModel.train(train, shortRun, ProgressListener.none(), new CancellationToken());
             Gru4RecModel c = Gru4RecModel.train(train, shortRun.withSeed(7), ProgressListener.none(),
                     new CancellationToken())) {
            assertThat(b.prefixScores(session)).isDeepEqualTo(a.prefixScores(session));
            assertThat(c.nextScores(session)).isNotEqualTo(a.nextScores(session));
        }
    }

    @Test
    void occlusionNamesTheLastClickAsTheReasonForItsSuccessor() {
        int[] session = {2, 3, 4};
        float[] scores = model.nextScores(session);
        int best = ScoredItem.topIds(toDouble(scores), 1, null)[0];
        assertThat(best).isEqualTo(5);
        List<SessionExplanations.Occlusion> why = SessionExplanations.occlusion(model, session, best, 3);
        assertThat(why).hasSize(3);
        assertThat(why.get(0).item()).isEqualTo(4);
        assertThat(why.get(0).position()).isEqualTo(2);
        assertThat(why.get(0).drop()).isPositive();
        // the drop is the score difference with and without that click (up to float rounding: batched apart)
        double without = model.nextScores(new int[]{2, 3})[best];
        assertThat(why.get(0).drop()).isCloseTo(scores[best] - without, org.assertj.core.api.Assertions.within(1e-4));
    }

    @Test
    void validationKeepsTheBestEpoch() {
        try (Gru4RecModel m = Gru4RecModel.train(train, SPEC.withEpochs(4).withValidation(0.2, 2),
                ProgressListener.none(), new CancellationToken())) {
            Gru4RecModel.History h = m.history();
            double bestMrr = h.epochs().stream().mapToDouble(Gru4RecModel.Epoch::validationMrr).max().orElseThrow();
            assertThat(h.epochs().get(h.bestEpoch() - 1).validationMrr()).isEqualTo(bestMrr);
            assertThat(h.sequences()).isLessThan(train.size());
        }
    }

    static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
