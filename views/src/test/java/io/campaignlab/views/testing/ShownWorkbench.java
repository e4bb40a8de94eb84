package io.campaignlab.views.testing;

import io.campaignlab.views.shell.PreferenceStore;
import io.campaignlab.views.shell.UiPreferences;
import io.campaignlab.views.shell.Workbench;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The whole workbench on the headless TestFX stage, opening a workspace in memory whatever folder it is asked for,
 * with preferences kept in memory. Show it from a {@code @Start} method and {@link #close} it after each test.
 */
public final class ShownWorkbench {

    private final Stage stage;
    private final Workbench workbench;

    private ShownWorkbench(Stage stage, Workbench workbench) {
        this.stage = stage;
        this.workbench = workbench;
    }

    /** Builds the workbench over {@code workspace} and shows its window at this size. */
    public static ShownWorkbench show(Stage stage, FakeWorkspace workspace, double width, double height) {
        Workbench workbench = new Workbench(stage, folder -> workspace, new UiPreferences(PreferenceStore.inMemory()),
                Path.of("fake-workspace"));
        stage.setScene(new Scene(workbench.window(), width, height));
        stage.show();
        return new ShownWorkbench(stage, workbench);
    }

    /** Hides the stage and closes the workbench's job executor. */
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            workbench.jobs().close();
        }).get(10, TimeUnit.SECONDS);
    }

    public Stage stage() {
        return stage;
    }

    public Workbench workbench() {
        return workbench;
    }
}
