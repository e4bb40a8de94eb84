package io.campaignlab.app.gui;

import static io.campaignlab.app.gui.GuiTestSupport.browserCells;
import static io.campaignlab.app.gui.GuiTestSupport.fx;
import static io.campaignlab.app.gui.GuiTestSupport.visibleAndEnabled;
import static io.campaignlab.app.gui.GuiTestSupport.waitUntil;

import io.campaignlab.views.shell.Workbench;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UCI Online Retail file (541,909 lines) through the wizard, then a jump to its last row: the browser fetches
 * only the pages it shows. Skipped when ../shared/data is absent.
 */
@ExtendWith(ApplicationExtension.class)
class OnlineRetailWizardGuiTest {

    static final Path RETAIL = Path.of(System.getProperty("campaignlab.shared.data", "../shared/data"),
            "online-retail/online_retail.csv.gz");

    @TempDir
    static Path dir;

    Workbench workbench;

    @BeforeAll
    static void requireTheSharedData() {
        Assumptions.assumeTrue(Files.isRegularFile(RETAIL), "skipped: " + RETAIL + " is absent");
    }

    @Start
    void start(Stage stage) {
        workbench = GuiTestSupport.show(stage, dir.resolve("ws"));
    }

    @AfterEach
    void close() throws Exception {
        GuiTestSupport.close(workbench);
    }

    @Test
    void onlineRetailImportsThroughTheWizardAndItsLastRowIsOneJumpAway(FxRobot robot) throws Exception {
        waitUntil(() -> workbench.model().workspace() != null && workbench.jobs().isIdle(), 30);

        fx(() -> {
            workbench.importFile(RETAIL);
            return null;
        });
        waitUntil(() -> visibleAndEnabled(robot, "#next"), 30);
        robot.clickOn("#next");
        waitUntil(() -> visibleAndEnabled(robot, "#next"), 30);
        robot.clickOn("#next");
        waitUntil(() -> visibleAndEnabled(robot, "#import"), 30);
        robot.clickOn("#import");
        waitUntil(() -> robot.lookup("#summary").tryQuery().map(n -> n.isVisible()
                && !((Labeled) n).getText().isEmpty()).orElse(false), 120);
        assertThat(robot.lookup("#summary").queryAs(Labeled.class).getText()).startsWith("541,909 rows loaded, 0 rows");
        robot.clickOn("#close");

        waitUntil(() -> browserCells(robot).contains("WHITE HANGING HEART T-LIGHT HOLDER"), 30);
        TableView<?> rows = robot.lookup(".table-browser-table").queryTableView();
        assertThat(fx(() -> rows.getItems().size())).isEqualTo(541_909);
        long started = System.nanoTime();
        robot.interact(() -> rows.scrollTo(541_908));
        waitUntil(() -> browserCells(robot).contains("541909") && !browserCells(robot).contains("…"), 10);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(browserCells(robot)).contains("France");
        System.out.printf("jumped to the last of 541,909 rows and showed it in %.2f s%n", seconds);
    }




}
