package io.campaignlab.views.experiments;

import io.campaignlab.engine.uplift.BaseLearner;
import io.campaignlab.engine.uplift.MetaLearner;
import io.campaignlab.engine.uplift.UpliftResult;
import io.campaignlab.engine.uplift.UpliftSpec;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.testing.FakeWorkspace;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The uplift tab's state without a screen: guesses, the fit job, and a stored result putting its spec in the form. */
class UpliftViewModelTest {

    private final FakeWorkspace workspace = ExperimentsFixtures.workspace();
    private final ExperimentsFixtures.Jobs columns = new ExperimentsFixtures.Jobs();

    @Test
    void theFormIsGuessedAndFitRunsTheChosenLearner() {
        ExperimentsFixtures.Uplift jobs = new ExperimentsFixtures.Uplift();
        UpliftViewModel model = new UpliftViewModel(() -> workspace, new ImmediateJobExecutor(workspace::runner),
                Runnable::run, jobs, columns);

        model.refresh();

        assertThat(model.choice().dataset().get()).isEqualTo(ExperimentsFixtures.EXPERIMENT);
        assertThat(model.choice().group().get()).isEqualTo("group");
        assertThat(model.choice().control().get()).isEqualTo("control");
        assertThat(model.form().treatment().get()).isEqualTo("treatment");
        assertThat(model.form().outcome().get()).isEqualTo("converted");
        assertThat(model.messageProperty().get()).isEqualTo(UpliftViewModel.NONE_YET);

        model.form().learner().set(MetaLearner.X);
        model.form().base().set(BaseLearner.DNN);
        model.fit();

        UpliftSpec asked = jobs.asked.get(0);
        assertThat(asked.treatmentColumn()).isEqualTo("group");
        assertThat(asked.treatmentValue()).isEqualTo("treatment");
        assertThat(asked.controlValue()).isEqualTo("control");
        assertThat(asked.outcome()).isEqualTo("converted");
        assertThat(asked.learner()).isEqualTo(MetaLearner.X);
        assertThat(asked.base()).isEqualTo(BaseLearner.DNN);
        assertThat(model.resultProperty().get()).isNotNull();
        assertThat(model.summary()).startsWith("Run 7 · X-learner on DNN · treatment vs control on converted · 4,000"
                + " units fitted, 2,000 held out");
    }

    @Test
    void theNewestStoredResultIsShownWithItsSpecInTheForm() {
        UpliftSpec stored = new UpliftSpec(ExperimentsFixtures.EXPERIMENT, "group", "control", "treatment",
                "converted", List.of(), MetaLearner.CT, BaseLearner.LR, 0.3, 42, null, "auto");
        UpliftResult result = ExperimentsFixtures.upliftResult(stored);
        UpliftJobs jobs = new UpliftJobs() {
            @Override
            public io.campaignlab.engine.jobs.Job<UpliftResult> fit(io.campaignlab.engine.workspace.WorkspaceContext w,
                                                                    UpliftSpec spec) {
                throw new AssertionError("nothing is fitted");
            }

            @Override
            public Optional<UpliftResult> newest(io.campaignlab.engine.workspace.WorkspaceContext w) {
                return Optional.of(result);
            }
        };
        UpliftViewModel model = new UpliftViewModel(() -> workspace, new ImmediateJobExecutor(workspace::runner),
                Runnable::run, jobs, columns);

        model.refresh();

        assertThat(model.resultProperty().get()).isSameAs(result);
        // the stored fit treated "control" against "treatment": the form says so, not the first guess
        assertThat(model.form().treatment().get()).isEqualTo("control");
        assertThat(model.choice().control().get()).isEqualTo("treatment");
        assertThat(model.form().learner().get()).isEqualTo(MetaLearner.CT);
    }
}
