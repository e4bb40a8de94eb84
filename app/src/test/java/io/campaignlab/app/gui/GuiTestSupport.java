package io.campaignlab.app.gui;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.views.shell.Theme;
import io.campaignlab.views.shell.PreferenceStore;
import io.campaignlab.views.shell.UiPreferences;
import io.campaignlab.views.shell.Workbench;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** The real workbench over a real workspace for GUI tests, and the waits they share. */
final class GuiTestSupport {

    private GuiTestSupport() {
    }

    /** Shows a workbench on {@code stage} and starts opening {@code workspace}, with throwaway preferences. */
    static Workbench show(Stage stage, Path workspace) {
        Theme.apply(false);
        Workbench workbench = new Workbench(stage, folder -> WorkspaceServices.open(folder, FxThreadGuard::check),
                new UiPreferences(PreferenceStore.inMemory()), workspace);
        stage.setScene(new Scene(workbench.window(), 1280, 800));
        stage.show();
        workbench.start(workspace);
        return workbench;
    }

    /** Waits for the workspace to be open, then stops the workers and closes it. */
    static void close(Workbench workbench) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.model().workspace() != null);
        WaitForAsyncUtils.asyncFx(() -> workbench.jobs().close()).get(10, TimeUnit.SECONDS);
        workbench.model().workspace().close();
    }

    static boolean visibleAndEnabled(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && !n.isDisabled()).orElse(false);
    }

    /** The texts of the visible cells of the Data section's row browser. */
    static List<String> browserCells(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".table-browser-table .table-cell").queryAll().stream()
                .filter(Node::isVisible).map(n -> ((Labeled) n).getText()).filter(Objects::nonNull).toList());
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        waitUntil(condition, 30);
    }

    static void waitUntil(Callable<Boolean> condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
