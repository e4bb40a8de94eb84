package io.campaignlab.views.browse;

import io.campaignlab.engine.browse.RowSort;
import io.campaignlab.views.testing.FakeBrowser.PageRequest;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import io.campaignlab.views.testing.SampleData;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownSection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Objects;

import static io.campaignlab.views.testing.SampleData.CLICKS;
import static io.campaignlab.views.testing.SampleData.ORDERS;
import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The row browser on screen (headless), over a workspace in memory and the real job executor. */
@ExtendWith(ApplicationExtension.class)
class TableBrowserViewTest {

    private final FakeWorkspace workspace = SampleData.workspace();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ShownSection<TableBrowserView> section;
    private TableBrowserView view;

    @Start
    void start(Stage stage) {
        section = ShownSection.show(stage, workspace,
                jobs -> new TableBrowserView(() -> workspace, jobs, dialogs),
                1000, 600);
        view = section.view();
    }

    @AfterEach
    void close() throws Exception {
        section.close();
    }

    @Test
    void scrollsToTheEndOfAMillionRowsFetchingOnlyThePagesShown(FxRobot robot) throws Exception {
        robot.interact(() -> view.viewModel().show(CLICKS));
        waitUntil(() -> view.viewModel().table().status().get().equals("1,000,000 rows"));
        waitUntil(() -> cellTexts(robot).contains("2025-01-01 00:01:00"));

        robot.interact(() -> table(robot).scrollTo(999_999));

        waitUntil(() -> cellTexts(robot).contains("1000000"));
        waitUntil(() -> !cellTexts(robot).contains(CellFormat.LOADING));
        assertThat(workspace.fakeBrowser().requests()).hasSizeLessThanOrEqualTo(4)
                .allMatch(r -> r.limit() <= TableBrowserViewModel.PAGE_SIZE);
        assertThat(cellTexts(robot)).contains("2026-11-26 10:39:00");
        SceneSnapshots.write(section.scene(), "table-browser-end-of-a-million");

        robot.interact(() -> {
            view.viewModel().filterBar().column().set(view.viewModel().table().columns().get(1));
            view.viewModel().filterBar().value().set("true");
            view.viewModel().applyFilter();
        });
        waitUntil(() -> view.viewModel().table().status().get().equals("142,858 rows"));
        waitUntil(() -> !cellTexts(robot).contains(CellFormat.LOADING));
        assertThat(workspace.fakeBrowser().requests()).hasSizeLessThanOrEqualTo(6);
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void sortsByAClickedHeaderInTheBrowser(FxRobot robot) throws Exception {
        robot.interact(() -> view.viewModel().show(ORDERS));
        waitUntil(() -> cellTexts(robot).contains("6.25"));

        robot.clickOn("Amount");
        waitUntil(() -> new RowSort("amount", true).equals(view.viewModel().table().sort().get()));
        waitUntil(() -> firstAmount(robot) != null);
        assertThat(firstAmount(robot)).isEqualTo(5.0);

        robot.clickOn("Amount");
        waitUntil(() -> Double.valueOf(125.0).equals(firstAmount(robot)));
        assertThat(workspace.fakeBrowser().requests()).last().extracting(PageRequest::sort)
                .isEqualTo(new RowSort("amount", false));
    }

    @Test
    void showsAnInvalidFilterValueInlineInRed(FxRobot robot) throws Exception {
        robot.interact(() -> view.viewModel().show(ORDERS));
        waitUntil(() -> view.viewModel().table().columns().size() == 7);
        robot.interact(() -> view.viewModel().filterBar().column().set(view.viewModel().table().columns().get(3)));

        robot.clickOn(".filter-value").write("lots");
        robot.clickOn(".filter-apply");

        waitUntil(() -> !view.viewModel().filterBar().error().get().isEmpty());
        Label error = robot.lookup(".filter-error").queryAs(Label.class);
        assertThat(fx(error::getText)).isEqualTo("column 'quantity' is integer: cannot read 'lots'");
        assertThat(fx(error::isVisible)).isTrue();
        Color red = (Color) fx(error::getTextFill);
        assertThat(red.getRed()).isGreaterThan(red.getGreen() + 0.3);
        assertThat(dialogs.shown()).isEmpty();
        SceneSnapshots.write(section.scene(), "table-browser-filter-error");

        robot.doubleClickOn(".filter-value").write("4");
        robot.clickOn(".filter-apply");

        waitUntil(() -> view.viewModel().table().status().get().equals("240 rows"));
        assertThat(fx(error::getText)).isEmpty();
    }

    private static Double firstAmount(FxRobot robot) throws Exception {
        return fx(() -> {
            List<Object> values = table(robot).getItems().get(0).valuesProperty().get();
            return values == null ? null : (Double) values.get(3);
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<BrowserRow> table(FxRobot robot) {
        return robot.lookup(".table-browser-table").queryAs(TableView.class);
    }

    private static List<String> cellTexts(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".table-browser-table .table-cell").queryAll().stream()
                .filter(Node::isVisible).map(n -> ((Labeled) n).getText()).filter(Objects::nonNull).toList());
    }
}
