package io.campaignlab.views.models;

import atlantafx.base.theme.PrimerLight;
import io.campaignlab.engine.jobs.JobStatus;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.shell.Theme;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import io.campaignlab.views.testing.SceneSnapshots;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Models section on screen (headless), over a workspace in memory, fake training and the real executor. */
@ExtendWith(ApplicationExtension.class)
class ModelsViewTest {

    static final String SUMMARY = "Click and conversion models trained with DJL on the GPU or CPU.";

    private final FakeRunRepository repository = ModelsFixtures.runs(false);
    private final FakeWorkspace workspace = ModelsFixtures.workspace(repository);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeModelJobs modelJobs = new FakeModelJobs(workspace, repository);
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private FxJobExecutor jobs;
    private Stage stage;
    private ModelsView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        jobs = new FxJobExecutor(workspace::runner);
        ModelsViewModel viewModel = new ModelsViewModel(() -> workspace, jobs, dialogs, opened::add,
                Platform::runLater, modelJobs);
        view = new ModelsView(viewModel, SUMMARY);
        scene = new Scene(view, 1250, 800);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        modelJobs.release();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            jobs.close();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void selectingTwoCompletedRunsOverlaysTheirRocCurvesAndShowsProvenance(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().runs().runs().size() == 2 && jobs.isIdle());
        waitUntil(() -> rocSeries() == 1);
        assertThat(robot.lookup(SUMMARY).tryQuery()).isPresent();

        robot.clickOn(cell(robot, "#2"));
        robot.press(KeyCode.CONTROL).clickOn(cell(robot, "#1")).release(KeyCode.CONTROL);

        waitUntil(() -> rocSeries() == 2);
        JFreeChart roc = view.runsView().rocPane().shown().orElseThrow();
        assertThat(roc.getXYPlot().getDataset().getSeriesKey(0)).isEqualTo("#2 deepfm");
        assertThat(roc.getXYPlot().getDataset().getSeriesKey(1)).isEqualTo("#1 lr");
        assertThat(view.runsView().calibrationPane().shown().orElseThrow().getXYPlot().getDataset()
                .getSeriesCount()).isEqualTo(2);
        assertThat(view.runsView().gainPane().shown().orElseThrow().getXYPlot().getDataset()
                .getSeriesCount()).isEqualTo(2);
        waitUntil(() -> robot.lookup("#provenance-dataset-sha-256").tryQuery().isPresent());
        Label sha = robot.lookup("#provenance-dataset-sha-256").queryAs(Label.class);
        assertThat(fx(sha::getText)).isEqualTo(ModelsFixtures.SHA);
        assertThat(fx(sha::isVisible)).isTrue();
        assertThat(fx(() -> robot.lookup("#provenance").queryAs(Node.class).isVisible())).isTrue();
        assertThat(fx(() -> robot.lookup("#provenance-parameters-embeddingdim").queryAs(Label.class).getText()))
                .isEqualTo("16");
        robot.clickOn("#provenance-json-toggle");
        javafx.scene.control.TextArea json = robot.lookup("#provenance-json").queryAs(javafx.scene.control.TextArea.class);
        assertThat(fx(() -> json.isVisible())).isTrue();
        assertThat(fx(() -> robot.lookup("#provenance").queryAs(Node.class).isVisible())).isFalse();
        assertThat(fx(() -> json.getText())).contains("\"dataset_sha256\" : \"" + ModelsFixtures.SHA + "\"");
        SceneSnapshots.write(scene, "models-provenance-json");
        robot.clickOn("#provenance-json-toggle");
        assertThat(fx(() -> robot.lookup("#provenance").queryAs(Node.class).isVisible())).isTrue();
        ChartViewer viewer = view.runsView().rocPane().viewer();
        assertThat(viewer.getWidth()).isGreaterThan(300);
        assertThat(viewer.getHeight()).isGreaterThan(250);
        assertThat(view.currentChart().orElseThrow().getTitle().getText()).isEqualTo("ROC · test split");
        java.nio.file.Path exported = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "snapshots"))
                .resolve("models-roc-export.png");
        io.campaignlab.views.charts.ChartExport.png(view.currentChart().orElseThrow(), exported);
        assertThat(java.nio.file.Files.size(exported)).isPositive();

        robot.clickOn("#lift-mode");
        waitUntil(() -> view.runsView().gainPane().shown().map(c -> c.getXYPlot().getDomainAxis().getLabel())
                .orElse("").startsWith("score group"));
        SceneSnapshots.write(scene, "models-runs-lift");
        robot.clickOn("#gain-mode");
        SceneSnapshots.write(scene, "models-runs");
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void trainingShowsEachEpochLiveAndCanBeCancelled(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().runs().runs().size() == 2 && jobs.isIdle());
        modelJobs.epochs(6).holdAfter(3);
        robot.interact(() -> view.show(ModelsView.Page.TRAIN));
        waitUntil(() -> robot.lookup("#train-start").queryButton().isVisible()
                && !robot.lookup("#train-start").queryButton().isDisabled());

        robot.clickOn("#train-start");

        waitUntil(() -> view.viewModel().monitor().epochs().size() == 3);
        waitUntil(() -> view.monitorView().chartPane().shown().isPresent());
        JFreeChart live = view.monitorView().chartPane().shown().orElseThrow();
        assertThat(live.getXYPlot().getDataset(0).getItemCount(0)).isEqualTo(3);
        assertThat(live.getXYPlot().getDomainAxis().getUpperBound()).isEqualTo(10.3);
        waitUntil(() -> text(robot, "#training-message").contains("rows/s"));
        assertThat(fx(() -> robot.lookup("#training-cancel").queryButton().isVisible())).isTrue();
        assertThat(robot.lookup("#train-start").queryButton().isDisabled()).isTrue();
        assertThat(jobs.running()).hasSize(1);
        waitUntil(() -> view.viewModel().runs().runs().size() == 3);
        SceneSnapshots.write(scene, "models-training");

        robot.clickOn("#training-cancel");

        waitUntil(() -> !view.viewModel().monitor().job().runningProperty().get());
        assertThat(text(robot, "#training-message")).isEqualTo("Run #3 was cancelled after 3 epochs.");
        waitUntil(() -> view.viewModel().runs().find(3).map(r -> r.status() == RunStatus.CANCELLED).orElse(false));
        assertThat(workspace.jobHistory().recent(1).get(0).status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void aFinishedRunIsListedSelectedAndItsCurvesShown(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().runs().runs().size() == 2 && jobs.isIdle());
        modelJobs.epochs(3);
        robot.interact(() -> view.show(ModelsView.Page.TRAIN));
        robot.clickOn("#train-start");

        waitUntil(() -> view.viewModel().runs().selection().stream().anyMatch(r -> r.id() == 3 && r.completed()));
        waitUntil(() -> rocSeries() == 1 && jobs.isIdle());
        assertThat(text(robot, "#training-message")).startsWith("Run #3 completed: test AUC");
        robot.interact(() -> view.show(ModelsView.Page.RUNS));
        assertThat(view.runsView().rocPane().shown().orElseThrow().getXYPlot().getDataset().getSeriesKey(0))
                .isEqualTo("#3 deepfm");
    }

    @Test
    void withoutRunsEveryChartSaysWhy(FxRobot robot) throws Exception {
        FakeWorkspace empty = ModelsFixtures.workspace(new FakeRunRepository());
        ModelsView bare = fx(() -> {
            ModelsView v = new ModelsView(new ModelsViewModel(() -> empty, jobs, dialogs, opened::add,
                    Platform::runLater, modelJobs), SUMMARY);
            scene.setRoot(v);
            return v;
        });
        waitUntil(() -> bare.viewModel().form().settings().dataset().get() != null && jobs.isIdle());
        // the runs table's placeholder follows the (empty) run list on a later FX pulse
        waitUntil(() -> robot.lookup(RunsViewModel.EMPTY).tryQuery().isPresent());

        assertThat(fx(() -> bare.runsView().rocPane().messageText()))
                .isEqualTo("No completed run yet. Train one in the Train tab to see its ROC curve against chance here.");
        assertThat(fx(() -> bare.runsView().gainPane().messageText())).startsWith("No completed run yet.");
        assertThat(bare.viewModel().runs().charts().message().get()).isEqualTo(RunsViewModel.NO_COMPLETED);
        assertThat(robot.lookup(RunsViewModel.EMPTY).tryQuery()).isPresent();
        assertThat(bare.currentChart()).isEmpty();
        SceneSnapshots.write(scene, "models-empty");
    }

    private int rocSeries() {
        return view.runsView().rocPane().shown().map(c -> c.getXYPlot().getDataset().getSeriesCount()).orElse(0);
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private static Node cell(FxRobot robot, String text) throws Exception {
        waitUntil(() -> robot.lookup(".runs-table .table-cell").match(LabeledMatchers.hasText(text)).tryQuery()
                .isPresent());
        return robot.lookup(".runs-table .table-cell").match(LabeledMatchers.hasText(text)).query();
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
