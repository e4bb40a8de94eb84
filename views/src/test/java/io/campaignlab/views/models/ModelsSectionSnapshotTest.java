package io.campaignlab.views.models;

import io.campaignlab.views.shell.Section;
import io.campaignlab.views.shell.Theme;
import io.campaignlab.views.shell.Workbench;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownWorkbench;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.campaignlab.views.models.ModelsViewTest.fx;
import static io.campaignlab.views.models.ModelsViewTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole workbench at 1440x900 on the Models section, prepared the way {@code campaign-lab snapshot --view models}
 * prepares it (open the workspace, select the section, wait for every load), over a workspace in memory.
 */
@ExtendWith(ApplicationExtension.class)
class ModelsSectionSnapshotTest {

    private final FakeWorkspace workspace = ModelsFixtures.workspace(ModelsFixtures.runs(true));
    private ShownWorkbench fixture;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        fixture = ShownWorkbench.show(stage, workspace, 1440, 900);
        workbench = fixture.workbench();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
        WaitForAsyncUtils.asyncFx(() -> Theme.apply(false)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theModelsSectionOpensOnTheNewestCompletedRunWithItsChartsFilled(FxRobot robot) throws Exception {
        open(List.of());

        ModelsView models = (ModelsView) workbench.window().content(Section.MODELS).node();
        assertThat(models.viewModel().runs().selection()).extracting(RunRow::id).containsExactly(2L);
        assertThat(fx(() -> models.runsView().rocPane().shown().isPresent())).isTrue();
        assertThat(fx(() -> models.runsView().calibrationPane().shown().isPresent())).isTrue();
        assertThat(fx(() -> models.runsView().gainPane().shown().isPresent())).isTrue();
        assertThat(workbench.window().content(Section.MODELS).currentChart()).isPresent();
        write("models-section", "/tmp/campaign-lab-models-section.png");
    }

    @Test
    void runsAskedForAreOverlaidOnTheDarkTheme(FxRobot robot) throws Exception {
        fx(() -> {
            Theme.apply(true);
            return null;
        });
        open(List.of(1L, 2L));

        ModelsView models = (ModelsView) workbench.window().content(Section.MODELS).node();
        assertThat(models.viewModel().runs().selection()).extracting(RunRow::id).containsExactly(1L, 2L);
        assertThat(fx(() -> models.runsView().rocPane().shown().orElseThrow().getXYPlot().getDataset()
                .getSeriesCount())).isEqualTo(2);
        write("models-section-dark", "/tmp/campaign-lab-models-section-dark.png");
    }

    @Test
    void theTrainTabShowsTheFormBesideTheSelectedRunsCurves(FxRobot robot) throws Exception {
        open(List.of());
        ModelsView models = (ModelsView) workbench.window().content(Section.MODELS).node();
        fx(() -> {
            models.show(ModelsView.Page.TRAIN);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(models.viewModel().monitor().epochs()).hasSize(6);
        assertThat(fx(() -> models.monitorView().chartPane().shown().isPresent())).isTrue();
        assertThat(models.viewModel().form().readout().problem().get()).isEmpty();
        assertThat(models.currentChart().orElseThrow().getTitle().getText())
                .isEqualTo("#2 deepfm · impressions · training curves");
        write("models-section-train", "/tmp/campaign-lab-models-train.png");

        fx(() -> {
            models.viewModel().form().settings().model().set(io.campaignlab.engine.models.ModelKind.ESMM);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            robot.lookup(".train-form .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(models.viewModel().form().readout().problem().get()).startsWith("ESMM needs a purchase label");
        write("models-section-train-esmm", "/tmp/campaign-lab-models-train-esmm.png");
    }

    private void open(List<Long> runs) throws Exception {
        fx(() -> {
            workbench.model().open(Path.of("fake-workspace"), () -> {
                workbench.window().select(Section.MODELS);
                if (!runs.isEmpty()) {
                    workbench.window().content(Section.MODELS).showRuns(runs);
                }
            });
            return null;
        });
        waitUntil(() -> workbench.model().workspace() != null && workbench.jobs().isIdle()
                && workbench.model().sectionProperty().get() == Section.MODELS);
        for (int quiet = 0; quiet < 5; quiet++) {
            waitUntil(() -> workbench.jobs().isIdle());
            Thread.sleep(100);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(String name, String copy) throws Exception {
        Path file = SceneSnapshots.write(fixture.stage().getScene(), name);
        Files.copy(file, Path.of(copy), StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(file)).isPositive();
    }
}
