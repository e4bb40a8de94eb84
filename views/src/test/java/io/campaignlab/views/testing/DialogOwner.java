package io.campaignlab.views.testing;

import atlantafx.base.theme.PrimerLight;
import io.campaignlab.engine.jobs.JobRunner;
import io.campaignlab.views.jobs.FxJobExecutor;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The window a dialog opens over, on the headless TestFX stage: a stand-in for the workbench, styled as the app styles
 * it, with the real job executor over a workspace in memory. Show it from a {@code @Start} method, open the dialog
 * over {@link #stage} with {@link ShownSection#fx}, and {@link #close} it after each test.
 */
public final class DialogOwner {

    private final Stage stage;
    private final FxJobExecutor jobs;

    private DialogOwner(Stage stage, FxJobExecutor jobs) {
        this.stage = stage;
        this.jobs = jobs;
    }

    /** Shows the stand-in window on {@code stage}, with a new executor on {@code runner}. */
    public static DialogOwner show(Stage stage, Supplier<JobRunner> runner) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FxJobExecutor jobs = new FxJobExecutor(runner);
        stage.setScene(new Scene(new Button("workbench"), 300, 200));
        stage.show();
        return new DialogOwner(stage, jobs);
    }

    /** Closes the executor. */
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(jobs::close).get(10, TimeUnit.SECONDS);
    }

    public Stage stage() {
        return stage;
    }

    public FxJobExecutor jobs() {
        return jobs;
    }
}
