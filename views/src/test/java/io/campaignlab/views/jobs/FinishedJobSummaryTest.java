package io.campaignlab.views.jobs;

import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.JobStatus;
import io.campaignlab.views.testing.FakeWorkspace;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A completed job is listed with its last message and how long it took, not with the ETA its last progress report
 * carried while it ran ("profiling events · ETA 1s" under "completed" read as if it were still going).
 */
@ExtendWith(ApplicationExtension.class)
class FinishedJobSummaryTest {

    private final FakeWorkspace workspace = new FakeWorkspace();
    private FxJobExecutor jobs;

    @Start
    void start(Stage stage) {
        jobs = new FxJobExecutor(workspace::runner);
    }

    @Test
    void aCompletedJobShowsItsLastMessageWithoutTheEtaAndItsDuration() throws Exception {
        Job<Integer> job = Job.of("test", "Profile events", (progress, cancel) -> {
            progress.message("profiling events");
            progress.progress(1, 2);
            Thread.sleep(50);
            progress.progress(2, 2);
            return 1;
        });
        WaitForAsyncUtils.asyncFx(() -> jobs.execute(job, r -> { }, e -> { })).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !jobs.finished().isEmpty());
        JobEntry entry = jobs.finished().get(0);
        assertThat(entry.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(entry.message()).isEqualTo("profiling events · took 1s").doesNotContain("ETA");
        WaitForAsyncUtils.asyncFx(jobs::close).get(10, TimeUnit.SECONDS);
    }
}
