package io.campaignlab.views.models;

import io.campaignlab.engine.jobs.JobStatus;
import io.campaignlab.engine.models.EpochReport;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Training, the curves shown, scoring and opening the scores; plain JUnit with the immediate executor. */
class ModelsViewModelTest {

    private final FakeRunRepository repository = ModelsFixtures.runs(false);
    private final FakeWorkspace workspace = ModelsFixtures.workspace(repository);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeModelJobs modelJobs = new FakeModelJobs(workspace, repository);
    private final List<String> opened = new ArrayList<>();
    private final ModelsViewModel models = new ModelsViewModel(() -> workspace,
            new ImmediateJobExecutor(workspace::runner), dialogs, opened::add, Runnable::run, modelJobs);

    @Test
    void refreshFillsTheFormTheRunsAndTheSelectedRunsCurves() {
        models.refresh();

        assertThat(models.form().settings().dataset().get().name()).isEqualTo(ModelsFixtures.IMPRESSIONS);
        assertThat(models.runs().runs()).hasSize(2);
        assertThat(models.runs().focusedProperty().get().label()).isEqualTo("#2 deepfm");
        assertThat(models.score().runProperty().get().id()).isEqualTo(2);
        assertThat(models.score().datasetProperty().get()).isEqualTo(ModelsFixtures.IMPRESSIONS);
        assertThat(models.monitor().epochs()).extracting(EpochReport::epoch).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(models.monitor().readout().title().get()).isEqualTo("#2 deepfm · impressions · training curves");
        assertThat(models.monitor().readout().bestEpoch().get()).isBetween(4, 5);
        assertThat(models.monitor().readout().message().get()).startsWith("completed · 6 epochs · best epoch");
    }

    @Test
    void trainingRunsAsAJobShowsEachEpochAndSelectsTheNewRun() {
        models.refresh();
        models.form().settings().model().set(ModelKind.FM);

        models.train();

        assertThat(modelJobs.requests()).singleElement()
                .satisfies(r -> assertThat(r.model()).isEqualTo(ModelKind.FM));
        assertThat(workspace.jobHistory().recent(5)).singleElement().satisfies(job -> {
            assertThat(job.kind()).isEqualTo("train");
            assertThat(job.title()).isEqualTo("Train Factorization machine on impressions");
            assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        });
        assertThat(models.monitor().job().runningProperty().get()).isFalse();
        assertThat(models.monitor().epochs()).hasSize(4);
        assertThat(models.monitor().readout().message().get()).matches("Run #3 completed: test AUC 0\\.\\d{3} · best"
                + " epoch \\d of 4 · 9s on cpu");
        assertThat(models.runs().runs()).extracting(RunRow::id).containsExactly(3L, 2L, 1L);
        assertThat(models.runs().selection()).extracting(RunRow::id).containsExactly(3L);
        assertThat(models.runs().charts().curves()).singleElement()
                .satisfies(c -> assertThat(c.run().id()).isEqualTo(3));
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void aFailedRunIsExplainedOnceAndListed() {
        models.refresh();
        modelJobs.failing(new IllegalStateException("the label has one class only"));

        models.train();

        assertThat(dialogs.shown("error")).singleElement()
                .satisfies(d -> assertThat(d.text()).isEqualTo("the label has one class only"));
        assertThat(models.monitor().readout().message().get()).isEqualTo("Run #3 failed: the label has one class only");
        assertThat(models.monitor().job().runningProperty().get()).isFalse();
        assertThat(models.runs().find(3).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void anInvalidFormTrainsNothing() {
        models.refresh();
        models.form().param("batchSize").entry().text().set("0");

        models.train();

        assertThat(models.form().readout().problem().get()).isEqualTo("Batch size must be at least 1.");
        assertThat(modelJobs.requests()).isEmpty();
    }

    @Test
    void scoringWritesADatasetAndOffersToOpenIt() {
        models.refresh();
        dialogs.confirming(true);
        models.score().datasetProperty().set(ModelsFixtures.USERS);

        models.score().start();

        assertThat(modelJobs.scored()).containsExactly("2/users");
        assertThat(dialogs.shown("confirm")).singleElement().satisfies(d -> assertThat(d.text())
                .isEqualTo("Run #2 scored 5,000 rows of 'users' into the new dataset 'scores_run2_users'. Open it in"
                        + " the Data section?"));
        assertThat(opened).containsExactly("scores_run2_users");
        assertThat(models.score().scoring().messageProperty().get())
                .isEqualTo("Wrote 5,000 scores to 'scores_run2_users' in 4s.");
        assertThat(models.score().datasets()).contains("scores_run2_users");
        assertThat(workspace.jobHistory().recent(1)).singleElement()
                .satisfies(job -> assertThat(job.kind()).isEqualTo("score"));
    }

    @Test
    void declinedScoresStayWhereTheyAre() {
        models.refresh();
        dialogs.confirming(false);

        models.score().start();

        assertThat(modelJobs.scored()).containsExactly("2/impressions");
        assertThat(opened).isEmpty();
    }

    @Test
    void onlyACompletedRunScores() {
        ModelsFixtures.completed(repository, 3, "dnn", 0.5, "cpu()", java.time.Instant.now(), 5);
        repository.finish(3, RunStatus.CANCELLED, "cancelled by the user");
        models.refresh();
        RunRow cancelled = models.runs().find(3).orElseThrow();

        models.runs().select(List.of(cancelled), cancelled);

        assertThat(models.score().canScoreBinding().get()).isFalse();
        assertThat(models.score().whyNotProperty().get())
                .isEqualTo("#3 dnn is cancelled; only a completed run has a model to score with.");
        models.score().start();
        assertThat(modelJobs.scored()).isEmpty();
    }
}
