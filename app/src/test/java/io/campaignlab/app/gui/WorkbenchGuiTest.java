package io.campaignlab.app.gui;

import static io.campaignlab.app.gui.GuiTestSupport.browserCells;
import static io.campaignlab.app.gui.GuiTestSupport.fx;
import static io.campaignlab.app.gui.GuiTestSupport.visibleAndEnabled;
import static io.campaignlab.app.gui.GuiTestSupport.waitUntil;

import io.campaignlab.views.shell.Section;
import io.campaignlab.views.shell.Workbench;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real window over a real (temporary) workspace, headless with Monocle. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchGuiTest {

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

    void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                workbench.model().workspace() != null && workbench.jobs().isIdle()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEmptyWorkspaceOffersTheThreeFirstStartChoices(FxRobot robot) throws Exception {
        waitIdle();
        assertThat(robot.lookup("#first-start-demo").tryQuery()).isPresent();
        assertThat(robot.lookup("#first-start-open").tryQuery()).isPresent();
        assertThat(robot.lookup("#first-start-import").tryQuery()).isPresent();
    }

    @Test
    void navigationReachesEverySectionAndNoneIsBlank(FxRobot robot) throws Exception {
        waitIdle();
        for (Section section : Section.values()) {
            robot.clickOn("#nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(workbench.model().sectionProperty().get()).isEqualTo(section);
            if (section != Section.DATA) {
                assertThat(robot.lookup(section.summary()).tryQuery()).isPresent();
            }
        }
    }

    @Test
    void databaseAccessOnTheJavaFxThreadFailsLoudly() throws Exception {
        waitIdle();
        Throwable[] thrown = new Throwable[1];
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                workbench.model().workspace().datasets().list();
            } catch (IllegalStateException e) {
                thrown[0] = e;
            }
        }).get(10, TimeUnit.SECONDS);
        assertThat(thrown[0]).isNotNull().hasMessageContaining("JavaFX application thread");
        assertThat(workbench.model().workspace().datasets().list()).isEmpty();
        assertThatThrownBy(() -> WaitForAsyncUtils.asyncFx(() -> workbench.model().workspace().jobs().recent(1))
                .get(10, TimeUnit.SECONDS)).hasRootCauseInstanceOf(IllegalStateException.class);
        assertThat(Platform.isFxApplicationThread()).isFalse();
    }
}
