package io.campaignlab.views.models;

import atlantafx.base.theme.PrimerLight;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.shell.Theme;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import io.campaignlab.views.testing.SceneSnapshots;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static io.campaignlab.views.models.ModelsViewTest.fx;
import static io.campaignlab.views.models.ModelsViewTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The train form's split pickers on screen (headless): the split column appears with a column split. */
@ExtendWith(ApplicationExtension.class)
class TrainFormSplitViewTest {

    private final FakeRunRepository repository = ModelsFixtures.runs(false);
    private final FakeWorkspace workspace = ModelsFixtures.workspace(repository);
    private FxJobExecutor jobs;
    private Stage stage;
    private ModelsView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        jobs = new FxJobExecutor(workspace::runner);
        ModelsViewModel viewModel = new ModelsViewModel(() -> workspace, jobs, new RecordingDialogService(),
                name -> { }, Platform::runLater, new FakeModelJobs(workspace, repository));
        view = new ModelsView(viewModel, "Models");
        scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            jobs.close();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aColumnSplitShowsTheSplitColumnAndTheDatasetPickersFeedTheForm(FxRobot robot) throws Exception {
        TrainFormViewModel form = view.viewModel().form();
        waitUntil(() -> form.settings().dataset().get() != null && jobs.isIdle());
        robot.interact(() -> view.show(ModelsView.Page.TRAIN));
        Node column = robot.lookup("#train-split-column").query();
        assertThat(fx(column::isVisible)).as("no split column for a random split").isFalse();

        robot.interact(() -> combo(robot, "#train-split").setValue(SplitKind.COLUMN));

        assertThat(fx(column::isVisible)).isTrue();
        assertThat(fx(() -> form.readout().problem().get()))
                .isEqualTo("Choose the split column: its values say train, valid or test.");
        assertThat(fx(() -> robot.lookup("#train-start").queryButton().isDisabled())).isTrue();
        robot.interact(() -> combo(robot, "#train-split-column").setValue("placement"));
        assertThat(fx(() -> form.readout().problem().get())).isEmpty();
        assertThat(fx(() -> form.request().split().column())).isEqualTo("placement");

        Node valid = robot.lookup("#train-valid-dataset").query();
        assertThat(fx(valid::isDisabled)).as("validation waits for a test dataset").isTrue();
        robot.interact(() -> combo(robot, "#train-test-dataset").setValue(ModelsFixtures.USERS));
        assertThat(fx(valid::isDisabled)).isFalse();
        assertThat(fx(() -> form.readout().problem().get())).startsWith("A column split takes all three parts");
        robot.interact(() -> robot.lookup(".train-form .scroll-pane").queryAs(ScrollPane.class).setVvalue(1));
        SceneSnapshots.write(scene, "models-train-split");
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return (ComboBox<T>) robot.lookup(query).queryAs(ComboBox.class);
    }
}
