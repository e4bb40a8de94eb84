package io.campaignlab.views.profiling;

import io.campaignlab.engine.jobs.JobRecord;
import io.campaignlab.engine.jobs.JobStatus;
import io.campaignlab.engine.profiling.DatasetProfile;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import io.campaignlab.views.testing.SampleData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.campaignlab.views.testing.SampleData.NOTES;
import static io.campaignlab.views.testing.SampleData.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

class ColumnProfileViewModelTest {

    private final FakeWorkspace workspace = SampleData.workspace();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ColumnProfileViewModel profile;

    @BeforeEach
    void setUp() {
        profile = new ColumnProfileViewModel(() -> workspace, new ImmediateJobExecutor(workspace::runner), Runnable::run,
                dialogs);
    }

    @Test
    void profilesAsAJobWhenNothingIsStored() {
        profile.show(ORDERS);

        assertThat(workspace.fakeProfiler().timesProfiled()).isEqualTo(1);
        assertThat(workspace.jobHistory().recent(5)).extracting(JobRecord::kind, JobRecord::title, JobRecord::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("profile", "Profile orders", JobStatus.COMPLETED));
        assertThat(profile.columns()).hasSize(7);
        assertThat(profile.selectedColumnProperty().get().name()).as("the first plottable column that is not an id")
                .isEqualTo("amount");
        assertThat(profile.statusProperty().get()).startsWith("1,200 rows · profiled ").endsWith(" in 0.3 s");
        assertThat(profile.job().runningProperty().get()).isFalse();
    }

    @Test
    void showsTheStoredProfileWithoutProfiling() {
        workspace.fakeProfiler().store(new DatasetProfile(ORDERS, 1_200, Instant.now(), 1.0, List.of()));

        profile.show(ORDERS);

        assertThat(workspace.fakeProfiler().timesProfiled()).isZero();
        assertThat(workspace.jobHistory().recent(5)).isEmpty();
        assertThat(profile.profileProperty().get().rows()).isEqualTo(1_200);
    }

    @Test
    void reprofilingRunsAnotherJob() {
        profile.show(ORDERS);
        profile.show(ORDERS);

        profile.profile(ORDERS);

        assertThat(workspace.fakeProfiler().timesProfiled()).isEqualTo(2);
        assertThat(workspace.jobHistory().recent(5)).hasSize(2).allMatch(r -> r.kind().equals(ProfileJob.KIND));
    }

    @Test
    void reprofilingWhileAProfileJobRunsStartsNoSecondJob() {
        List<io.campaignlab.engine.jobs.Job<?>> started = new java.util.ArrayList<>();
        io.campaignlab.views.jobs.JobExecutor holding = new io.campaignlab.views.jobs.JobExecutor() {
            @Override
            public <T> io.campaignlab.views.jobs.JobHandle execute(io.campaignlab.engine.jobs.Job<T> job,
                    java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
                started.add(job);
                return () -> { };
            }

            @Override
            public <T> void background(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                       java.util.function.Consumer<Throwable> onFailure) {
                throw new AssertionError("not expected here");
            }
        };
        ColumnProfileViewModel held = new ColumnProfileViewModel(() -> workspace, holding, Runnable::run, dialogs);

        held.profile(ORDERS);
        held.profile(ORDERS);
        held.profile(NOTES);

        assertThat(started).hasSize(2).allMatch(job -> job.kind().equals(ProfileJob.KIND));
        assertThat(held.job().runningProperty().get()).isTrue();
    }

    @Test
    void selectsAColumnWithSomethingToPlot() {
        profile.show(NOTES);

        assertThat(profile.selectedColumnProperty().get().name()).isEqualTo("note");
        assertThat(ColumnProfileViewModel.hasValuesToPlot(profile.columns().get(1))).as("an all-empty column")
                .isFalse();
    }

    @Test
    void reportsAFailureOnce() {
        profile.show("nowhere");

        assertThat(dialogs.shown("error")).singleElement()
                .satisfies(d -> assertThat(d.text()).contains("there is no dataset named 'nowhere'"));
        assertThat(profile.statusProperty().get()).startsWith("No profile: ");
    }
}
