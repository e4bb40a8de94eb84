package io.campaignlab.views.experiments;

import atlantafx.base.theme.PrimerLight;
import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.shell.Theme;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RenderedText;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.WorkbenchSizes;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
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

import static io.campaignlab.views.experiments.ExperimentsViewTest.fx;
import static io.campaignlab.views.experiments.ExperimentsViewTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The A/B readout at the size a 1280 × 800 window gives the Experiments section. */
@ExtendWith(ApplicationExtension.class)
class ExperimentsLayoutTest {

    private final FakeWorkspace workspace = ExperimentsFixtures.workspace();
    private FxJobExecutor jobs;
    private Stage stage;
    private Scene scene;
    private ExperimentsView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        jobs = new FxJobExecutor(workspace::runner);
        ExperimentsFixtures.Jobs fakeJobs = new ExperimentsFixtures.Jobs();
        view = new ExperimentsView(new AbViewModel(() -> workspace, jobs, Platform::runLater, fakeJobs),
                new UpliftViewModel(() -> workspace, jobs, Platform::runLater, new ExperimentsFixtures.Uplift(),
                        fakeJobs), "Trustworthy A/B readouts and uplift.");
        scene = new Scene(view, WorkbenchSizes.SECTION_WIDTH_1280, WorkbenchSizes.SECTION_HEIGHT_800);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            jobs.close();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyCellAndHeaderOfTheReadoutTableShowsItsWholeText(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#ab-run").queryButton().isDisabled());

        robot.clickOn("#ab-run");

        waitUntil(() -> view.abView().viewModel().readoutProperty().get() != null && jobs.isIdle());
        WaitForAsyncUtils.waitForFxEvents();
        List<TableCell<?, ?>> cells = fx(() -> {
            RenderedText.layout(view);
            return robot.from(view.abView().table()).lookup(".table-cell").queryAll().stream()
                    .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                    .filter(c -> !c.isEmpty() && c.getText() != null && c.isVisible()).toList();
        });
        // two rows (treatment against control on converted and on spend), nine columns
        assertThat(cells).hasSize(18);
        for (TableCell<?, ?> cell : cells) {
            assertThat(fx(() -> RenderedText.of(cell).orElse(""))).as(fx(() -> cell.getTableColumn().getText()
                    .replace('\n', ' ') + ": " + RenderedText.describe(cell))).isEqualTo(cell.getText());
        }
        List<Label> headers = fx(() -> robot.from(view.abView().table()).lookup(".column-header .label")
                .queryAllAs(Label.class).stream().filter(l -> l.getText() != null && !l.getText().isEmpty()).toList());
        assertThat(headers).hasSize(9);
        for (Label header : headers) {
            assertThat(fx(() -> RenderedText.of(header).orElse(""))).as(fx(() -> RenderedText.describe(header)))
                    .isEqualTo(header.getText());
        }
        SceneSnapshots.write(scene, "experiments-readout-1280");
    }
}
