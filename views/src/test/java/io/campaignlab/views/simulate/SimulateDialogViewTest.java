package io.campaignlab.views.simulate;

import io.campaignlab.views.importing.MemoryWorkspace;
import io.campaignlab.views.importing.RecordingDialogService;
import io.campaignlab.views.importing.Snapshots;
import io.campaignlab.views.testing.DialogOwner;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The simulate dialog on screen (headless), over a workspace in memory. */
@ExtendWith(ApplicationExtension.class)
class SimulateDialogViewTest {

    private final MemoryWorkspace workspace = new MemoryWorkspace().withDataset("users");
    private final List<List<String>> created = new CopyOnWriteArrayList<>();
    private DialogOwner owner;

    @Start
    void start(Stage stage) {
        owner = DialogOwner.show(stage, workspace::runner);
    }

    @AfterEach
    void close() throws Exception {
        owner.close();
    }

    @Test
    void invalidFieldsAreExplainedAndAValidFormSimulates(FxRobot robot) throws Exception {
        SimulateDialog dialog = fx(() -> SimulateDialog.open(owner.stage(), () -> workspace, owner.jobs(),
                new RecordingDialogService(), created::add));
        waitUntil(10, () ->
                robot.lookup("#prefix-error").queryAs(Labeled.class).isVisible());
        robot.doubleClickOn("#users").write("5");
        Scene scene = dialog.dialog().getDialogPane().getScene();
        Snapshots.write(scene, "simulate-dialog-invalid");

        assertThat(robot.lookup("#users-error").queryAs(Labeled.class).getText())
                .isEqualTo("Users must be at least 10.");
        assertThat(robot.lookup("#prefix-error").queryAs(Labeled.class).getText())
                .startsWith("The workspace already has 'users'");
        assertThat(robot.lookup("#simulate").queryButton().isDisabled()).isTrue();

        robot.write("0");
        robot.doubleClickOn("#days").write("2");
        robot.clickOn("#prefix").write("demo_");
        Snapshots.write(scene, "simulate-dialog");
        robot.clickOn("#simulate");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !created.isEmpty());
        assertThat(created.get(0)).containsExactly("demo_users", "demo_items", "demo_events", "demo_impressions",
                "demo_campaign_exposures", "demo_discount_test");
        assertThat(workspace.rows("demo_users")).hasSize(50);
    }
}
