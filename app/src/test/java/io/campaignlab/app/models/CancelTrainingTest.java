package io.campaignlab.app.models;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.JobStatus;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.TrainingJob;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.engine.simulate.SimulationJob;
import io.campaignlab.engine.simulate.SimulationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CancelTrainingTest {

    @TempDir
    Path dir;

    @Test
    void cancellingMidEpochStopsWithinASecondAndLeavesACancelledRunAndNoArtifact() throws Exception {
        Path folder = dir.resolve("ws");
        AtomicLong cancelledAt = new AtomicLong();
        long runsBefore;
        try (WorkspaceServices services = WorkspaceServices.open(folder)) {
            services.runner().run(new SimulationJob(SimulationSpec.builder().setUsers(4000).setDays(10).build(),
                    services.sink(), ""), ProgressListener.none(), new CancellationToken());
            DatasetInfo impressions = services.datasets().require("impressions");
            FeatureSpec features = new FeatureSpec(FeatureDefaults.fields(impressions.columns(), List.of("clicked")),
                    null);
            // small batches, so that the first epoch is long enough to be cancelled in its middle
            TrainingRequest request = new TrainingRequest("impressions", "clicked", features,
                    SplitSpec.of(SplitKind.RANDOM, 1), ModelKind.DEEPFM,
                    Hyperparameters.defaults().withBatchSize(64).withMaxEpochs(5), 1, "cpu");
            CancellationToken token = new CancellationToken();
            ProgressListener cancelHalfway = new ProgressListener() {
                @Override
                public void progress(long done, long total) {
                    if (total > 0 && done > total / 10 && cancelledAt.get() == 0) {
                        cancelledAt.set(System.nanoTime());
                        token.cancel();
                    }
                }

                @Override
                public void message(String text) {
                }
            };
            runsBefore = services.runs().list().size();

            assertThatThrownBy(() -> services.runner().run(new TrainingJob(services, request, (id, r) -> { }),
                    cancelHalfway, token)).isInstanceOf(CancelledException.class);
            double seconds = (System.nanoTime() - cancelledAt.get()) / 1e9;

            assertThat(cancelledAt.get()).as("the job reached the middle of its first epoch").isPositive();
            assertThat(seconds).as("seconds from cancel to stop").isLessThan(1.0);
            RunRecord run = services.runs().list().get(0);
            assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(run.statusReason()).isEqualTo("cancelled by the user");
            assertThat(run.finishedAt()).isNotNull();
            assertThat(services.runs().artifacts(run.id())).isEmpty();
            assertThat(services.runs().evaluation(run.id(), "test")).isEmpty();
            assertThat(services.jobs().recent(5).get(0).status()).isEqualTo(JobStatus.CANCELLED);
        }
        assertThat(folder.resolve("models")).isEmptyDirectory();
        try (WorkspaceServices reopened = WorkspaceServices.open(folder)) {
            assertThat(reopened.runs().list()).hasSize((int) runsBefore + 1);
            assertThat(reopened.runs().list().get(0).status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(reopened.datasets().require("impressions").rows()).isPositive();
        }
        assertThat(Files.exists(folder)).isTrue();
    }
}
