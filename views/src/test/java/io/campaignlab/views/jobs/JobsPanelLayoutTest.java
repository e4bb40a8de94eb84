package io.campaignlab.views.jobs;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import io.campaignlab.views.testing.RenderedText;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownSection;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The jobs panel at the width the window gives it: a failed job with a long title keeps its whole Details button. */
@ExtendWith(ApplicationExtension.class)
class JobsPanelLayoutTest {

    private final FakeWorkspace workspace = new FakeWorkspace();
    private ShownSection<JobsPanel> shown;
    private FxJobExecutor jobs;
    private Scene scene;

    @Start
    void start(Stage stage) {
        shown = ShownSection.show(stage, workspace, executor -> new JobsPanel(executor, new RecordingDialogService()),
                380, 800);
        jobs = shown.jobs();
        scene = shown.scene();
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @Test
    void aFailedJobWithALongTitleShowsItsWholeDetailsButton(FxRobot robot) throws Exception {
        // enough of them for the list to scroll: its scroll bar takes width from every row
        for (int i = 0; i < 8; i++) {
            WaitForAsyncUtils.asyncFx(() -> jobs.execute(new Failing(), ok -> { }, error -> { }))
                    .get(10, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> jobs.isIdle() && jobs.finished().size() == 8);
        WaitForAsyncUtils.waitForFxEvents();

        List<Button> details = WaitForAsyncUtils.asyncFx(() -> {
            RenderedText.layout(scene.getRoot());
            return robot.lookup(".button").queryAllAs(Button.class).stream()
                    .filter(b -> "Details".equals(b.getText()) && b.isVisible()).toList();
        }).get(10, TimeUnit.SECONDS);
        assertThat(details).isNotEmpty();
        for (Button button : details) {
            javafx.geometry.Bounds inside = WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.Node list = button;
                while (!(list instanceof javafx.scene.control.ListView)) {
                    list = list.getParent();
                }
                return list.localToScene(list.getLayoutBounds());
            }).get(10, TimeUnit.SECONDS);
            javafx.geometry.Bounds at = WaitForAsyncUtils.asyncFx(() -> button.localToScene(button.getLayoutBounds()))
                    .get(10, TimeUnit.SECONDS);
            assertThat(at.getMaxX()).as("the right edge of Details, inside the list's (%s)", inside)
                    .isLessThanOrEqualTo(inside.getMaxX());
            String shown = WaitForAsyncUtils.asyncFx(() -> RenderedText.describe(button)).get(10, TimeUnit.SECONDS);
            assertThat(WaitForAsyncUtils.asyncFx(() -> RenderedText.whole(button)).get(10, TimeUnit.SECONDS))
                    .as(shown).isTrue();
        }
        SceneSnapshots.write(scene, "jobs-panel-failed");
    }

    /** A job whose title is longer than the panel is wide, and which fails. */
    private static final class Failing implements Job<Void> {
        @Override
        public String kind() {
            return "train";
        }

        @Override
        public String title() {
            return "Train deepfm on impressions_with_planted_drift (clicked, purchased) with behaviour from events";
        }

        @Override
        public Void run(ProgressListener progress, CancellationToken cancel) {
            throw new IllegalStateException("CUDA out of memory: tried to allocate 2.0 GiB");
        }
    }
}
