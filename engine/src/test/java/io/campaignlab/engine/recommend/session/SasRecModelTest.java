package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SASRec under GRU4Rec's protocol, on {@link Gru4RecModelTest}'s planted successor pattern (item i is followed by
 * item (i + 1) mod 12): popularity cannot rank the next click first, a model that learnt the order does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SasRecModelTest {

    static final Gru4RecSpec SPEC = Gru4RecSpec.defaults().withSize(16, 1).withEpochs(25)
            .withTraining(32, 0.01, 0.0).withDevice("cpu").withArchitecture(Gru4RecSpec.SASREC);

    SessionSequences train;
    SessionSequences test;
    Gru4RecModel model;

    @BeforeAll
    void train() {
        train = Gru4RecModelTest.planted(400, 1);
        test = Gru4RecModelTest.planted(100, 2);
        model = Gru4RecModel.train(train, SPEC, ProgressListener.none(), new CancellationToken());
    }

    @AfterAll
    void close() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void learnsThePlantedSuccessor() {
        NextItemEvaluation e = SessionEvaluator.evaluate("sasrec", model, test, 1, train.clickCounts(),
                ProgressListener.none(), new CancellationToken());
        assertThat(e.predictions()).isGreaterThan(150);
        assertThat(e.recall()).as("Recall@1 on the planted successor").isGreaterThanOrEqualTo(0.97);
        assertThat(model.history().epochs().get(24).loss()).isLessThan(model.history().epochs().get(0).loss());
    }

    @Test
    void savedParametersScoreIdentically() {
        // a session longer than the training windows' positions (19) still runs whole
        int[] session = new int[25];
        for (int t = 0; t < session.length; t++) {
            session[t] = t % Gru4RecModelTest.ITEMS;
        }
        try (Gru4RecModel loaded = Gru4RecModel.load(SPEC, Gru4RecModelTest.ITEMS, model.parameters())) {
            assertThat(loaded.prefixScores(session)).isDeepEqualTo(model.prefixScores(session));
            assertThat(loaded.emptySessionScores()).containsExactly(model.emptySessionScores());
        }
    }

    @Test
    void aPrefixScoresTheSameWhateverFollowsIt() {
        // causal attention: the scores after clicks 0..2 do not depend on click 3
        float[][] longer = model.prefixScores(new int[]{3, 4, 5, 9});
        float[][] shorter = model.prefixScores(new int[]{3, 4, 5});
        for (int t = 0; t < 3; t++) {
            for (int i = 0; i < Gru4RecModelTest.ITEMS; i++) {
                assertThat(longer[t][i]).isCloseTo(shorter[t][i], org.assertj.core.data.Offset.offset(1e-4f));
            }
        }
    }
}
