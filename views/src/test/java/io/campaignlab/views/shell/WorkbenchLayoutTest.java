package io.campaignlab.views.shell;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.views.datasets.DatasetsView;
import io.campaignlab.views.models.ModelsFixtures;
import io.campaignlab.views.models.ModelsView;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RenderedText;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownWorkbench;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.campaignlab.views.shell.WorkbenchSearchTest.fx;
import static io.campaignlab.views.shell.WorkbenchSearchTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole workbench in a 1280 × 800 window: rows are never cut in half and controls keep their words. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchLayoutTest {

    static final String LONG_COLUMN = "days_since_last_purchase_in_any_category";

    private final FakeWorkspace workspace = ModelsFixtures.workspace(ModelsFixtures.runs(true));
    private ShownWorkbench fixture;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        for (String name : List.of("campaign_exposures", "items", "scores_run1_impressions", "wide_customers")) {
            workspace.add(name, DatasetKind.TABLE, List.of(ColumnMeta.of("user_id", ColumnType.INTEGER,
                    ColumnRole.USER_ID), ColumnMeta.of(LONG_COLUMN, ColumnType.INTEGER, ColumnRole.FEATURE)), 3,
                    i -> Arrays.asList((long) i, (long) i), List.of());
        }
        Theme.apply(false);
        fixture = ShownWorkbench.show(stage, workspace, 1280, 800);
        workbench = fixture.workbench();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theDatasetsTableShowsWholeRowsWhicheverDatasetIsSelected(FxRobot robot) throws Exception {
        open(Section.DATA);
        DatasetsView data = (DatasetsView) workbench.window().content(Section.DATA).node();
        waitUntil(() -> data.viewModel().datasets().size() == 7);
        for (String name : List.of("wide_customers", "users")) {
            fx(() -> {
                workbench.window().content(Section.DATA).showDataset(name);
                return null;
            });
            settle();
            TableView<?> table = robot.lookup(".datasets-table").queryAs(TableView.class);
            List<String> cut = fx(() -> cutRows(table));
            assertThat(cut).as("rows cut by the edge of the datasets table with " + name + " selected").isEmpty();
            assertThat(fx(() -> visibleRows(table))).as("rows shown").isEqualTo(5);
        }
        SceneSnapshots.write(fixture.stage().getScene(), "workbench-data-1280");
    }

    @Test
    void theFilterLeavesTheValueBoxItsWidthBesideALongColumnName(FxRobot robot) throws Exception {
        open(Section.DATA);
        DatasetsView data = (DatasetsView) workbench.window().content(Section.DATA).node();
        fx(() -> {
            workbench.window().content(Section.DATA).showDataset("wide_customers");
            return null;
        });
        waitUntil(() -> data.viewModel().browser().table().columns().size() == 2 && workbench.jobs().isIdle());
        fx(() -> {
            data.viewModel().browser().filterBar().column().set(data.viewModel().browser().table().columns().get(1));
            return null;
        });
        settle();

        TextField value = robot.lookup(".filter-value").queryAs(TextField.class);
        assertThat(fx(() -> value.getWidth())).as("the filter's value box").isGreaterThanOrEqualTo(120);
        ComboBox<?> column = robot.lookup(".filter-column").queryAs(ComboBox.class);
        ListCell<?> shown = fx(() -> column.getChildrenUnmodifiable().stream().filter(n -> n instanceof ListCell)
                .map(n -> (ListCell<?>) n).findFirst().orElseThrow());
        assertThat(fx(() -> RenderedText.of(shown).orElse(""))).as(fx(() -> column.getValue() + " / "
                + RenderedText.describe(shown))).isEqualTo(LONG_COLUMN);
        SceneSnapshots.write(fixture.stage().getScene(), "workbench-data-filter-1280");
    }

    @Test
    void theTrainFormsDeviceTogglesKeepTheirWords(FxRobot robot) throws Exception {
        open(Section.MODELS);
        ModelsView models = (ModelsView) workbench.window().content(Section.MODELS).node();
        fx(() -> {
            models.show(ModelsView.Page.TRAIN);
            return null;
        });
        settle();
        fx(() -> {
            robot.lookup(".train-form .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1);
            return null;
        });
        settle();

        for (String device : List.of("auto", "cpu", "gpu")) {
            Labeled toggle = robot.lookup("#device-" + device).queryAs(Labeled.class);
            assertThat(fx(() -> RenderedText.whole(toggle))).as(fx(() -> RenderedText.describe(toggle))).isTrue();
        }
        SceneSnapshots.write(fixture.stage().getScene(), "workbench-train-1280");
    }

    /** Cells of the table that intersect its viewport without lying wholly inside it. */
    private static List<String> cutRows(TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        double viewport = flow.getHeight();
        List<String> cut = new ArrayList<>();
        for (Node n : flow.lookupAll(".table-row-cell")) {
            IndexedCell<?> cell = (IndexedCell<?>) n;
            if (!cell.isVisible() || cell.isEmpty()) {
                continue;
            }
            double top = cell.getLayoutY();
            double bottom = top + cell.getHeight();
            if (bottom > 0.5 && top < viewport - 0.5 && (top < -0.5 || bottom > viewport + 0.5)) {
                cut.add(String.format("row %d at %.1f..%.1f of %.1f", cell.getIndex(), top, bottom, viewport));
            }
        }
        return cut;
    }

    private static long visibleRows(TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        return flow.lookupAll(".table-row-cell").stream().map(n -> (IndexedCell<?>) n)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getLayoutY() + c.getHeight() > 0.5
                        && c.getLayoutY() < flow.getHeight() - 0.5).count();
    }

    private void open(Section section) throws Exception {
        fx(() -> {
            workbench.model().open(Path.of("fake-workspace"), () -> workbench.window().select(section));
            return null;
        });
        waitUntil(() -> workbench.model().workspace() != null && workbench.jobs().isIdle()
                && workbench.model().sectionProperty().get() == section);
        settle();
    }

    private void settle() throws Exception {
        for (int quiet = 0; quiet < 4; quiet++) {
            waitUntil(() -> workbench.jobs().isIdle());
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        fx(() -> {
            RenderedText.layout(workbench.window());
            return null;
        });
    }
}
