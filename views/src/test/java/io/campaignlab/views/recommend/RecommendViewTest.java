package io.campaignlab.views.recommend;

import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.models.FakeRunRepository;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RenderedText;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownSection;
import io.campaignlab.views.testing.WorkbenchSizes;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Recommend section on screen (headless), over a workspace in memory, fake recommend jobs and the real executor. */
@ExtendWith(ApplicationExtension.class)
class RecommendViewTest {

    private final FakeRunRepository runs = RecommendFixtures.runs();
    private final FakeWorkspace workspace = RecommendFixtures.workspace(runs);
    private final RecommendFixtures.FakeJobs fake = new RecommendFixtures.FakeJobs(runs);
    private ShownSection<RecommendView> shown;
    private FxJobExecutor jobs;
    private Scene scene;
    private RecommendView view;

    @Start
    void start(Stage stage) {
        shown = ShownSection.show(stage, workspace, executor -> new RecommendView(new RecommendViewModel(
                () -> workspace, executor, Platform::runLater, fake), "What to show each customer."), 1250, 820);
        jobs = shown.jobs();
        scene = shown.scene();
        view = shown.view();
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @Test
    void selectedRunsOverlayTheirCurvesWithTheProtocolAndAWarningWhenProtocolsDiffer(FxRobot robot) throws Exception {
        waitUntil(() -> view.runsPane().table().getItems().size() == 4 && jobs.isIdle());
        // newest with a curve is selected by default: run 3, chronological
        waitUntil(() -> view.runsPane().chart().shown().isPresent());
        assertThat(texts(fx(() -> view.runsPane().chart().shown().orElseThrow())))
                .anyMatch(t -> t.equals("Protocol: chronological (cut 80%) · purchase · K=10 on events"));

        robot.interact(() -> view.viewModel().runs().selectRuns(List.of(1L, 2L)));
        waitUntil(() -> view.runsPane().table().getSelectionModel().getSelectedItems().size() == 2);
        JFreeChart same = fx(() -> view.runsPane().chart().shown().orElseThrow());
        XYDataset data = same.getXYPlot().getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getItemCount(0)).isEqualTo(50);
        // the fixture's curve: recall@K = top · K / (K + 5); run 1 has top 0.30, so recall@20 = 0.24
        int pop = data.indexOf("#1 rec-pop · Global popularity");
        assertThat(pop).isNotNegative();
        assertThat(data.getXValue(pop, 19)).isEqualTo(20.0);
        assertThat(data.getYValue(pop, 19)).isCloseTo(0.30 * 20 / 25, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(fx(() -> view.runsPane().warning().isVisible())).isFalse();

        // ctrl-click run 3 (chronological) into the selection: a visible warning, in the chart too
        robot.interact(() -> view.runsPane().table().getSelectionModel().select(
                view.viewModel().runs().find(3).orElseThrow()));
        waitUntil(() -> view.runsPane().warning().isVisible());
        assertThat(fx(() -> view.runsPane().warning().getText())).startsWith("Not comparable: the selected runs used"
                + " different protocols");
        JFreeChart mixed = fx(() -> view.runsPane().chart().shown().orElseThrow());
        assertThat(mixed.getXYPlot().getDataset().getSeriesCount()).isEqualTo(3);
        assertThat(texts(mixed)).anyMatch(t -> t.startsWith("⚠ Not comparable"));
        SceneSnapshots.write(scene, "recommend-runs");

        // another metric redraws the same runs
        robot.interact(() -> view.viewModel().runs().metricProperty().set(CurveMetric.NDCG));
        waitUntil(() -> "NDCG@K".equals(view.runsPane().chart().shown().orElseThrow().getXYPlot().getRangeAxis()
                .getLabel()));
    }

    @Test
    void theTrainFormStartsTheJobAndTheNewRunJoinsTheChart(FxRobot robot) throws Exception {
        waitUntil(() -> view.runsPane().table().getItems().size() == 4 && jobs.isIdle()
                && "events".equals(view.viewModel().form().datasetProperty().get()));
        robot.interact(() -> view.viewModel().form().kindProperty().set(RecommenderKind.ITEMKNN));
        assertThat(robot.lookup("#recommend-factors").queryTextInputControl().isDisabled()).isTrue();
        assertThat(robot.lookup("#recommend-neighbours").queryTextInputControl().isDisabled()).isFalse();

        robot.clickOn("#recommend-train");

        waitUntil(() -> view.runsPane().table().getItems().size() == 5 && jobs.isIdle());
        assertThat(fake.trained).extracting(r -> r.spec().kind()).containsExactly(RecommenderKind.ITEMKNN);
        waitUntil(() -> view.viewModel().runs().selected().stream().anyMatch(r -> r.id() == 6));
        assertThat(fx(() -> robot.lookup("#recommend-train-status").queryAs(Label.class).getText()))
                .startsWith("Run 6: recall@20");
    }

    @Test
    void theUserTabShowsHistoryAndRecommendationsSideBySide(FxRobot robot) throws Exception {
        waitUntil(() -> view.runsPane().table().getItems().size() == 4 && jobs.isIdle());
        robot.interact(() -> view.showRuns(List.of(2L)));
        robot.interact(() -> view.showUser("u7"));

        waitUntil(() -> view.userPane().recommendations().getItems().size() == 2 && jobs.isIdle());
        assertThat(fake.served).containsExactly("2/u7/10");
        assertThat(fx(() -> view.tabs().getSelectionModel().getSelectedItem().getText())).isEqualTo("User");
        assertThat(view.userPane().history().getItems()).extracting(HistoryRow::type)
                .containsExactly("purchase", "cart", "click", "view");
        assertThat(robot.lookup("because you viewed i2 and i1").tryQuery()).isPresent();
        assertThat(fx(() -> robot.lookup("#recommend-user-summary").queryAs(Label.class).getText()))
                .isEqualTo("User u7 · #2 rec-itemknn · leave-last-out · purchase · K=20");
        SceneSnapshots.write(scene, "recommend-user");

        // typing another id and pressing Enter serves that user
        robot.interact(() -> view.userPane().user().setText("u8"));
        robot.clickOn("#recommend-user-id").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> fake.served.size() == 2 && jobs.isIdle());
        assertThat(fake.served.get(1)).isEqualTo("2/u8/10");
    }

    @Test
    void theSearchTabShowsTheStoredTrialsOfTheSelectedRunWithTheChosenOneMarked(FxRobot robot) throws Exception {
        waitUntil(() -> view.runsPane().table().getItems().size() == 4 && jobs.isIdle());
        RecommendFixtures.searched(runs);
        robot.interact(() -> view.showRuns(List.of(1L)));
        waitUntil(() -> jobs.isIdle() && view.searchPane().summaryText().startsWith("Run 1 was trained"));
        robot.interact(() -> {
            view.showRuns(List.of(3L));
            view.showTab("search");
        });
        waitUntil(() -> view.searchPane().table().getItems().size() == 3 && jobs.isIdle());
        assertThat(fx(() -> view.tabs().getSelectionModel().getSelectedItem().getText())).isEqualTo("Search");
        assertThat(view.searchPane().summaryText()).startsWith("3 trials of a").contains("trial 3 chosen with"
                + " val_ndcg@10 0.1500");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> rows = fx(() -> view.searchPane().table().lookupAll(".table-row-cell").stream()
                .map(n -> (javafx.scene.control.TableRow<?>) n).filter(r -> !r.isEmpty())
                .sorted(java.util.Comparator.comparingInt(javafx.scene.control.TableRow::getIndex))
                .map(r -> (r.getStyleClass().contains(io.campaignlab.views.tuning.TrialsTable.CHOSEN) ? "* " : "  ")
                        + r.lookupAll(".table-cell").stream().map(c -> ((TableCell<?, ?>) c).getText())
                        .filter(t -> t != null && !t.isEmpty()).reduce((a, b) -> a + " | " + b).orElse(""))
                .toList());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("  1 | defaults").endsWith("λ 50 · α 1 · 64 factors");
        assertThat(rows.get(1)).startsWith("  2 |").endsWith("λ 5 · α 3 · 32 factors");
        assertThat(rows.get(2)).startsWith("* 3 | chosen").endsWith("λ 20 · α 1 · 128 factors");
        assertThat(view.currentChart()).as("the validation curve is what File › Export chart writes").isPresent();
        SceneSnapshots.write(scene, "recommend-search");
    }

    private static List<String> texts(JFreeChart chart) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    /**
     * What a cell shows: its label's rendered text, or a wrapped text graphic's text while the graphic fits in the
     * cell (the row grew to hold its lines); "cut" when it does not.
     */
    private static String shown(TableCell<?, ?> cell) {
        if (cell.getGraphic() instanceof Text text) {
            Bounds in = text.getBoundsInParent();
            boolean fits = in.getMinY() >= -0.5 && in.getMaxY() <= cell.getHeight() + 0.5
                    && in.getMaxX() <= cell.getWidth() + 0.5;
            return fits ? text.getText() : "cut: " + text.getText();
        }
        return RenderedText.of(cell).orElse("");
    }

    /** At the size a 1280 × 800 window gives the section, the runs table shows each protocol whole. */
    @Test
    void theProtocolColumnShowsEveryProtocolWholeAt1280x800(FxRobot robot) throws Exception {
        robot.interact(() -> {
            shown.stage().setWidth(WorkbenchSizes.SECTION_WIDTH_1280);
            shown.stage().setHeight(WorkbenchSizes.SECTION_HEIGHT_800);
        });
        waitUntil(() -> view.runsPane().table().getItems().size() == 4 && jobs.isIdle()
                && Math.abs(scene.getWidth() - WorkbenchSizes.SECTION_WIDTH_1280) < 1);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> protocols = fx(() -> {
            RenderedText.layout(view);
            return robot.from(view.runsPane().table()).lookup(".table-cell").queryAll().stream()
                    .map(n -> (TableCell<?, ?>) n)
                    .filter(c -> !c.isEmpty() && c.getText() != null && c.isVisible()
                            && c.getTableColumn().getGraphic() instanceof Label title
                            && title.getText().equals("protocol"))
                    .map(c -> c.getText() + " shown as " + shown(c))
                    .toList();
        });
        SceneSnapshots.write(scene, "recommend-runs-1280");
        assertThat(protocols).hasSize(4).allSatisfy(line -> {
            String[] parts = line.split(" shown as ", 2);
            assertThat(parts[1]).as(line).isEqualTo(parts[0]);
        });
    }

}
