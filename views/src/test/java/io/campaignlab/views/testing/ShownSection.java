package io.campaignlab.views.testing;

import atlantafx.base.theme.PrimerLight;
import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.shell.Theme;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A section (or panel) of the workbench on the headless TestFX stage, styled as the app styles it, with the real job
 * executor over a workspace in memory. Show it from a {@code @Start} method and {@link #close} it after each test;
 * {@link #fx} and {@link #waitUntil} read it on the JavaFX thread.
 *
 * @param <V> the view shown
 */
public final class ShownSection<V extends Parent> {

    private final Stage stage;
    private final Scene scene;
    private final FxJobExecutor jobs;
    private final V view;

    private ShownSection(Stage stage, Scene scene, FxJobExecutor jobs, V view) {
        this.stage = stage;
        this.scene = scene;
        this.jobs = jobs;
        this.view = view;
    }

    /**
     * Builds the view over a new executor on {@code workspace}'s runner and shows it at this size.
     *
     * @param view makes the view, given the executor its view model runs jobs on
     */
    public static <V extends Parent> ShownSection<V> show(Stage stage, FakeWorkspace workspace,
                                                          Function<FxJobExecutor, V> view, double width,
                                                          double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FxJobExecutor jobs = new FxJobExecutor(workspace::runner);
        V shown = view.apply(jobs);
        Scene scene = new Scene(shown, width, height);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        return new ShownSection<>(stage, scene, jobs, shown);
    }

    /** Hides the stage and closes the executor. */
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            jobs.close();
        }).get(10, TimeUnit.SECONDS);
    }

    public Stage stage() {
        return stage;
    }

    public V view() {
        return view;
    }

    public Scene scene() {
        return scene;
    }

    public FxJobExecutor jobs() {
        return jobs;
    }

    /** Waits up to 20 s for a condition read on the JavaFX thread. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        waitUntil(20, condition);
    }

    /** Waits up to {@code seconds} for a condition read on the JavaFX thread. */
    public static void waitUntil(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Runs work on the JavaFX thread and returns its result. */
    public static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
