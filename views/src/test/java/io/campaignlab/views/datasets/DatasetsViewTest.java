package io.campaignlab.views.datasets;

import atlantafx.base.theme.PrimerDark;
import io.campaignlab.engine.profiling.ColumnProfile;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import io.campaignlab.views.testing.SampleData;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownSection;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.campaignlab.views.testing.SampleData.NOTES;
import static io.campaignlab.views.testing.SampleData.ORDERS;
import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Data section on screen (headless), over a workspace in memory and the real job executor. */
@ExtendWith(ApplicationExtension.class)
class DatasetsViewTest {

    private final FakeWorkspace workspace = SampleData.workspace();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ShownSection<DatasetsView> section;
    private DatasetsView view;

    @Start
    void start(Stage stage) {
        section = ShownSection.show(stage, workspace,
                jobs -> new DatasetsView(() -> workspace, jobs, dialogs),
                1200, 760);
        view = section.view();
        view.refresh();
    }

    @AfterEach
    void close() throws Exception {
        section.close();
    }

    @Test
    void showsTheRowsAndTheHistogramOfTheSelectedDataset(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().datasets().size() == 3);
        robot.clickOn(cell(robot, "datasets-table", ORDERS));

        waitUntil(() -> cellTexts(robot, "table-browser-table").contains("2025-01-01 01:00:00"));
        waitUntil(() -> !cellTexts(robot, "table-browser-table").contains("…"));
        assertThat(cellTexts(robot, "table-browser-table")).contains("6.25", "garden", "false");

        waitUntil(() -> view.viewModel().profile().columns().size() == 7);
        robot.clickOn(profileRow(robot, "amount"));
        waitUntil(() -> chartLabel().equals(Optional.of("amount")));

        ChartViewer viewer = robot.lookup(n -> n instanceof ChartViewer).queryAs(ChartViewer.class);
        assertThat(fx(viewer::isVisible)).isTrue();
        assertThat(viewer.getWidth()).isGreaterThan(300);
        assertThat(viewer.getHeight()).isGreaterThan(150);
        XYPlot plot = view.currentChart().orElseThrow().getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(10);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("rows");
        SceneSnapshots.write(section.scene(), "datasets-view");
        assertThat(dialogs.shown()).isEmpty();
        assertThat(workspace.jobHistory().recent(5)).singleElement()
                .satisfies(job -> assertThat(job.kind()).isEqualTo("profile"));
    }

    @Test
    void chartsTimesAndCategoriesOnADarkThemeAndSaysWhenThereIsNothingToPlot(FxRobot robot) throws Exception {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        robot.interact(() -> view.select(NOTES));
        waitUntil(() -> view.viewModel().profile().columns().size() == 2);
        robot.clickOn(profileRow(robot, "missing"));

        waitUntil(() -> robot.lookup("No values to plot").queryAs(Node.class).isVisible());
        assertThat(view.currentChart()).isEmpty();

        robot.interact(() -> view.select(ORDERS));
        waitUntil(() -> view.viewModel().profile().columns().size() == 7);
        robot.clickOn(profileRow(robot, "placed_at"));
        waitUntil(() -> chartLabel().equals(Optional.of("placed_at")));
        assertThat(view.currentChart().orElseThrow().getXYPlot().getDomainAxis()).isInstanceOf(DateAxis.class);
        SceneSnapshots.write(section.scene(), "datasets-view-dark-time");

        robot.clickOn(profileRow(robot, "category"));
        waitUntil(() -> chartLabel().equals(Optional.of("category")));
        CategoryPlot plot = view.currentChart().orElseThrow().getCategoryPlot();
        assertThat(plot.getDataset().getColumnCount()).isEqualTo(5);
        SceneSnapshots.write(section.scene(), "datasets-view-dark-category");
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void showsTheRejectionsOfTheSelectedDatasetAndFiltersThem(FxRobot robot) throws Exception {
        robot.interact(() -> view.select(ORDERS));
        robot.clickOn("Rejections");
        waitUntil(() -> robot.lookup("2,500 rejected values").tryQuery().isPresent());
        assertThat(cell(robot, "rejections-table", "'n/a-1' is not a number")).isNotNull();

        robot.clickOn(".rejections .text-field").write("too,few");

        waitUntil(() -> robot.lookup("250 matching · 2,500 rejected values").tryQuery().isPresent());
        assertThat(cellTexts(robot, "rejections-table")).contains("(row)", "2 fields, expected 7")
                .doesNotContain("amount");
        SceneSnapshots.write(section.scene(), "datasets-view-rejections");
    }

    @Test
    void anEmptyWorkspaceSaysHowToGetData(FxRobot robot) throws Exception {
        FakeWorkspace empty = new FakeWorkspace();
        DatasetsView emptyView = fx(() -> {
            DatasetsView v = new DatasetsView(() -> empty, section.jobs(), dialogs);
            section.scene().setRoot(v);
            v.refresh();
            return v;
        });

        waitUntil(() -> !emptyView.viewModel().loadingProperty().get());

        waitUntil(() -> robot.lookup(DatasetsViewModel.EMPTY).tryQuery().map(Node::isVisible).orElse(false));
        assertThat(fx(() -> robot.lookup("Select a dataset to see its rows, profile and rejections")
                .queryAs(Node.class).isVisible())).isTrue();
    }

    private Optional<String> chartLabel() {
        return view.currentChart().map(JFreeChart::getPlot).map(p -> p instanceof XYPlot xy
                ? xy.getDomainAxis().getLabel() : ((CategoryPlot) p).getDomainAxis().getLabel());
    }

    /** The profile table's cell for a column, scrolled into view. */
    private Node profileRow(FxRobot robot, String column) throws Exception {
        TableView<?> table = robot.lookup(".column-profile-table").queryAs(TableView.class);
        robot.interact(() -> table.scrollTo(view.viewModel().profile().columns().stream()
                .map(ColumnProfile::name).toList().indexOf(column)));
        return cell(robot, "column-profile-table", column);
    }

    /** The cell of a table that shows a text, once it is on screen. */
    private static Node cell(FxRobot robot, String table, String text) throws Exception {
        waitUntil(() -> robot.lookup("." + table + " .table-cell").match(LabeledMatchers.hasText(text))
                .tryQuery().isPresent());
        return robot.lookup("." + table + " .table-cell").match(LabeledMatchers.hasText(text)).query();
    }

    private static List<String> cellTexts(FxRobot robot, String table) throws Exception {
        return fx(() -> robot.lookup("." + table + " .table-cell").queryAll().stream()
                .filter(Node::isVisible).map(n -> ((Labeled) n).getText()).filter(Objects::nonNull).toList());
    }
}
