package io.campaignlab.views.recommend;

import atlantafx.base.theme.PrimerLight;
import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.models.FakeRunRepository;
import io.campaignlab.views.shell.Theme;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RenderedText;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.WorkbenchSizes;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
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

import static io.campaignlab.views.recommend.RecommendViewTest.fx;
import static io.campaignlab.views.recommend.RecommendViewTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Recommend section at the size a 1280 × 800 window gives it: the runs table shows each protocol whole. */
@ExtendWith(ApplicationExtension.class)
class RecommendLayoutTest {

    private final FakeRunRepository runs = RecommendFixtures.runs();
    private final FakeWorkspace workspace = RecommendFixtures.workspace(runs);
    private FxJobExecutor jobs;
    private Stage stage;
    private Scene scene;
    private RecommendView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        jobs = new FxJobExecutor(workspace::runner);
        view = new RecommendView(new RecommendViewModel(() -> workspace, jobs, Platform::runLater,
                new RecommendFixtures.FakeJobs(runs)), "What to show each customer.");
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

    /**
     * What a cell shows: its label's rendered text, or a wrapped text graphic's text while the graphic fits in the
     * cell (the row grew to hold its lines); "cut" when it does not.
     */
    private static String shown(TableCell<?, ?> cell) {
        if (cell.getGraphic() instanceof Text text) {
            Bounds in = text.getBoundsInParent();
            boolean fits = in.getMinY() >= -0.5 && in.getMaxY() <= cell.getHeight() + 0.5
                    && in.getMaxX() <= cell.getWidth() + 0.5;
            return fits ? text.getText() : "cut: " + text.getText();
        }
        return RenderedText.of(cell).orElse("");
    }

    @Test
    void theProtocolColumnShowsEveryProtocolWhole(FxRobot robot) throws Exception {
        waitUntil(() -> view.runsPane().table().getItems().size() == 4 && jobs.isIdle());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> protocols = fx(() -> {
            RenderedText.layout(view);
            return robot.from(view.runsPane().table()).lookup(".table-cell").queryAll().stream()
                    .map(n -> (TableCell<?, ?>) n)
                    .filter(c -> !c.isEmpty() && c.getText() != null && c.isVisible()
                            && c.getTableColumn().getGraphic() instanceof Label title
                            && title.getText().equals("protocol"))
                    .map(c -> c.getText() + " shown as " + shown(c))
                    .toList();
        });
        SceneSnapshots.write(scene, "recommend-runs-1280");
        assertThat(protocols).hasSize(4).allSatisfy(line -> {
            String[] parts = line.split(" shown as ", 2);
            assertThat(parts[1]).as(line).isEqualTo(parts[0]);
        });
    }
}
