package io.campaignlab.views.explain;

import io.campaignlab.views.explain.ExplainView.GlobalPage;
import io.campaignlab.views.explain.ExplainView.LocalPage;
import io.campaignlab.views.explain.charts.MeanIntervalDataset;
import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.models.FakeRunRepository;
import io.campaignlab.views.models.ModelsFixtures;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownSection;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;


import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Explain section on screen (headless), over a workspace in memory, fake explain jobs and the real executor. */
@ExtendWith(ApplicationExtension.class)
class ExplainViewTest {

    static final String SUMMARY = "Why a model scores a user high.";

    private final FakeRunRepository runs = ModelsFixtures.runs(true);
    private final FakeWorkspace workspace = ModelsFixtures.workspace(runs);
    private final FakeExplainJobs explainJobs = new FakeExplainJobs();
    private ShownSection<ExplainView> shown;
    private FxJobExecutor jobs;
    private Scene scene;
    private ExplainView view;

    @Start
    void start(Stage stage) {
        ExplainFixtures.store(runs, ExplainFixtures.report(1, true));
        shown = ShownSection.show(stage, workspace, executor -> new ExplainView(new ExplainViewModel(() -> workspace,
                executor, Platform::runLater, explainJobs), SUMMARY), 1250, 800);
        jobs = shown.jobs();
        scene = shown.scene();
        view = shown.view();
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @Test
    void aStoredExplanationFillsEveryGlobalPaneAndTheWaterfall(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().reportProperty().get() != null && jobs.isIdle());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(SUMMARY).tryQuery()).isPresent();
        JFreeChart importance = fx(() -> view.chart(GlobalPage.IMPORTANCE).shown().orElseThrow());
        assertThat(importance.getCategoryPlot().getDataset().getColumnCount()).isEqualTo(6);
        assertThat(importance.getCategoryPlot().getDataset(1)).isInstanceOf(MeanIntervalDataset.class);
        JFreeChart waterfall = fx(() -> view.chart(LocalPage.PREDICTION).shown().orElseThrow());
        assertThat(waterfall.getCategoryPlot().getDataset().getColumnCount()).isEqualTo(8);
        assertThat(text(robot, "#explain-start")).isEqualTo("Recompute");
        assertThat(fx(() -> robot.lookup("#explain-row").queryAs(TextField.class).getText())).isEqualTo("36882");
        assertThat(view.currentChart()).isPresent();
        SceneSnapshots.write(scene, "explain-view");

        robot.clickOn("#importance-grouped");
        waitUntil(() -> view.chart(GlobalPage.IMPORTANCE).shown()
                .map(c -> c.getCategoryPlot().getDataset().getColumnCount()).orElse(0) == 2);
        robot.interact(() -> view.show(GlobalPage.WEIGHTS));
        assertThat(fx(() -> view.weightsTable().getItems().size())).isEqualTo(2);
        robot.interact(() -> view.show(GlobalPage.PARTIAL_DEPENDENCE));
        JFreeChart pd = fx(() -> view.chart(GlobalPage.PARTIAL_DEPENDENCE).shown().orElseThrow());
        assertThat(pd.getXYPlot()).isInstanceOf(org.jfree.chart.plot.CombinedDomainXYPlot.class);
        SceneSnapshots.write(scene, "explain-view-pd");
    }

    @Test
    void anotherRowAWhatIfAndAnAudienceAreComputedOnOneSession(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().reportProperty().get() != null && jobs.isIdle());

        robot.doubleClickOn("#explain-row").write("4711");
        robot.clickOn("#explain-row-start");
        waitUntil(() -> view.viewModel().rows().row().explanation().get().rowId() == 4711);
        waitUntil(() -> text(robot, "#explain-row-status").startsWith("Row 4711"));

        robot.interact(() -> view.show(LocalPage.WHAT_IF));
        robot.interact(() -> view.viewModel().rows().whatIf().column().set("device"));
        assertThat(fx(() -> robot.lookup("#what-if-value").queryAs(TextField.class).getText())).isEqualTo("mobile");
        robot.doubleClickOn("#what-if-value").write("desktop");
        robot.clickOn("#what-if-start");
        waitUntil(() -> view.viewModel().rows().whatIf().result().get() != null);
        waitUntil(() -> view.chart(LocalPage.WHAT_IF).shown().isPresent());
        assertThat(text(robot, "#what-if-message")).startsWith("device: mobile → desktop · score");
        assertThat(fx(() -> robot.lookup("#what-if-table").queryAs(TableView.class).getItems().size())).isEqualTo(6);
        SceneSnapshots.write(scene, "explain-what-if");

        robot.interact(() -> view.show(LocalPage.AUDIENCE));
        robot.clickOn("#audience-start");
        waitUntil(() -> view.viewModel().audience().readout().result().get() != null);
        waitUntil(() -> view.chart(LocalPage.AUDIENCE).shown().isPresent());
        assertThat(explainJobs.sessions).hasSize(1);
        SceneSnapshots.write(scene, "explain-audience");
    }

    @Test
    void theWhatIfAndAudiencePanesKnowTheRowIsExplainedAndTheRunSelected(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().rows().row().explanation().get() != null && jobs.isIdle());
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> view.show(LocalPage.WHAT_IF));
        assertThat(fx(() -> view.chart(LocalPage.PREDICTION).shown())).isPresent();
        assertThat(fx(() -> view.chart(LocalPage.WHAT_IF).messageText())).isEqualTo("No edit tried yet.");
        robot.interact(() -> view.show(LocalPage.AUDIENCE));
        assertThat(fx(() -> view.viewModel().runProperty().get())).isNotNull();
        assertThat(fx(() -> view.chart(LocalPage.AUDIENCE).messageText())).isEqualTo("No audience compared yet.");
    }

    @Test
    void explainingARunWithoutAReportShowsItWhenTheJobEnds(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().reportProperty().get() != null && jobs.isIdle());
        robot.interact(() -> view.viewModel().runProperty().set(view.viewModel().find(2).orElseThrow()));
        waitUntil(() -> view.viewModel().messageProperty().get().startsWith("#2 deepfm has no stored explanation"));
        assertThat(fx(() -> view.chart(GlobalPage.IMPORTANCE).messageText())).startsWith("#2 deepfm has no stored explanation");
        assertThat(text(robot, "#explain-start")).isEqualTo("Explain");

        robot.clickOn("#explain-start");

        waitUntil(() -> view.viewModel().reportProperty().get() != null);
        assertThat(view.viewModel().reportProperty().get().runId()).isEqualTo(2);
        waitUntil(() -> view.chart(GlobalPage.IMPORTANCE).shown().isPresent());
        assertThat(explainJobs.explainJobs).hasValue(1);
        assertThat(text(robot, "#explain-progress")).startsWith("Explained #2 deepfm");
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

}
