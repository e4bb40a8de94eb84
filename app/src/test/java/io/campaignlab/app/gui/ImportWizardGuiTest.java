package io.campaignlab.app.gui;

import static io.campaignlab.app.gui.GuiTestSupport.browserCells;
import static io.campaignlab.app.gui.GuiTestSupport.fx;
import static io.campaignlab.app.gui.GuiTestSupport.visibleAndEnabled;
import static io.campaignlab.app.gui.GuiTestSupport.waitUntil;

import io.campaignlab.views.shell.Workbench;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end in the real workbench over a real workspace: a file is chosen, a column's type is overridden in the
 * wizard, the import runs as a job, and the imported rows show in the Data section's browser.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardGuiTest {

    @TempDir
    static Path dir;

    Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = GuiTestSupport.show(stage, dir.resolve("ws"));
    }

    @AfterEach
    void close() throws Exception {
        GuiTestSupport.close(workbench);
    }

    @Test
    void aFileImportedThroughTheWizardWithATypeOverrideShowsItsRowsInTheBrowser(FxRobot robot) throws Exception {
        StringBuilder csv = new StringBuilder("customer,amount,day\n");
        for (int i = 1; i <= 30; i++) {
            csv.append("c").append(i % 7).append(',').append(i * 2.5).append(',')
                    .append(LocalDate.of(2024, 1, 1).plusDays(i).toString().replace("-", "")).append('\n');
        }
        Path file = Files.writeString(dir.resolve("orders.csv"), csv.toString());
        waitUntil(() -> workbench.model().workspace() != null && workbench.jobs().isIdle());

        fx(() -> {
            workbench.importFile(file);
            return null;
        });
        waitUntil(() -> visibleAndEnabled(robot, "#next"));
        robot.clickOn("#next");
        waitUntil(() -> visibleAndEnabled(robot, "#next"));
        robot.clickOn("#next");
        waitUntil(() -> robot.lookup("#type-day").tryQuery().isPresent());
        robot.clickOn("#type-day");
        robot.clickOn(robot.lookup(".list-view .list-cell").match(LabeledMatchers.hasText("timestamp")).queryAs(Node.class));
        ComboBox<?> format = robot.lookup("#format-day").queryComboBox();
        robot.clickOn(format.getEditor());
        robot.interact(() -> format.getEditor().clear());
        robot.write("yyyyMMdd");
        waitUntil(() -> robot.lookup("#problem-day").queryAs(Labeled.class).getText().isEmpty());
        robot.clickOn("#import");
        waitUntil(() -> robot.lookup("#summary").tryQuery().map(n -> n.isVisible()
                && !((Labeled) n).getText().isEmpty()).orElse(false));
        assertThat(robot.lookup("#summary").queryAs(Labeled.class).getText()).startsWith("30 rows loaded, 0 rows");
        robot.clickOn("#close");

        waitUntil(() -> browserCells(robot).contains("2024-01-02 00:00:00"));
        assertThat(browserCells(robot)).contains("c1", "2.5");
        assertThat(workbench.model().workspace().datasets().require("orders").rows()).isEqualTo(30);
    }




}
