package io.campaignlab.app.gui;

import io.campaignlab.app.bench.EventsCsvGenerator;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.importing.ImportJob;
import io.campaignlab.engine.importing.ImportPlanner;
import io.campaignlab.engine.importing.ImportSpec;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.JobRecord;
import io.campaignlab.engine.jobs.JobStatus;
import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.jobs.JobHandle;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Cancelling a long import from the UI stops it and leaves no dataset, with the job recorded as cancelled. */
@ExtendWith(ApplicationExtension.class)
class CancelImportGuiTest {

    @TempDir
    static Path dir;

    WorkspaceServices workspace;
    FxJobExecutor jobs;

    @Start
    void start(Stage stage) {
        workspace = WorkspaceServices.open(dir.resolve("ws"), FxThreadGuard::check);
        jobs = new FxJobExecutor(workspace::runner);
        stage.setScene(new Scene(new Button("workbench"), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(jobs::close).get(10, TimeUnit.SECONDS);
        workspace.close();
    }

    @Test
    void cancellingALongImportLeavesNoDataset(FxRobot robot) throws Exception {
        Path csv = EventsCsvGenerator.write(dir.resolve("big.csv"), 400_000, 5);
        var plan = ImportPlanner.plan(ImportSpec.builder().setFile(csv).setName("big").build());
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        AtomicReference<JobHandle> handle = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> handle.set(jobs.execute(new ImportJob(plan, workspace.sink(), workspace.datasets()),
                result -> outcome.complete(null), outcome::complete))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                !jobs.running().isEmpty() && jobs.running().get(0).getProgress() > 0.05).get());

        WaitForAsyncUtils.asyncFx(() -> handle.get().cancel()).get(5, TimeUnit.SECONDS);

        assertThat(outcome.get(30, TimeUnit.SECONDS)).isInstanceOf(CancelledException.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workspace.jobs().recent(1).get(0).status().isFinal());
        JobRecord record = workspace.jobs().recent(1).get(0);
        assertThat(record.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(workspace.datasets().list()).isEmpty();
        assertThat(WaitForAsyncUtils.asyncFx(() -> jobs.finished().get(0).status()).get()).isEqualTo(JobStatus.CANCELLED);
    }
}
