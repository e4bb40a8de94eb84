package io.campaignlab.views.audience;

import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.importing.MemoryWorkspace;
import io.campaignlab.views.importing.RecordingDialogService;
import io.campaignlab.views.importing.Snapshots;
import io.campaignlab.views.testing.DialogOwner;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** File › Export audience on screen (headless): the sources listed, Export enabled once a file is named. */
@ExtendWith(ApplicationExtension.class)
class AudienceExportDialogViewTest {

    @TempDir
    Path dir;

    private final MemoryWorkspace memory = new MemoryWorkspace().withDataset("uplift_run7_campaign_exposures");
    private final WorkspaceContext workspace = AudienceExportViewModelTest.withSegment(memory);
    private DialogOwner owner;

    @Start
    void start(Stage stage) {
        owner = DialogOwner.show(stage, memory::runner);
    }

    @AfterEach
    void close() throws Exception {
        owner.close();
    }

    @Test
    void aSegmentIsExportedFromTheDialog(FxRobot robot) throws Exception {
        AudienceExportDialog dialog = fx(() -> AudienceExportDialog.open(owner.stage(),
                () -> workspace, owner.jobs(), new RecordingDialogService()));
        waitUntil(10, () ->
                robot.lookup("#audience-source").queryAs(ComboBox.class).getValue() != null);
        assertThat(robot.lookup("#audience-export").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#audience-problem").queryAs(Labeled.class).getText())
                .isEqualTo("Choose the CSV file to write.");
        Path file = dir.resolve("champions.csv");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#audience-file").queryAs(TextField.class)
                .setText(file.toString())).get(10, TimeUnit.SECONDS);
        Scene scene = dialog.dialog().getDialogPane().getScene();
        robot.clickOn("#audience-export");
        waitUntil(20, () ->
                !robot.lookup("#audience-result").queryAs(Labeled.class).getText().isEmpty());
        Snapshots.write(scene, "audience-export-dialog");
        assertThat(Files.readAllLines(file)).containsExactly("user_id", "'=1+1", "u-7f", "u-8a");
        assertThat(robot.lookup("#audience-result").queryAs(Labeled.class).getText())
                .isEqualTo("Wrote 3 users of segment 4 (of 3) to " + file + ".");
    }
}
