package io.campaignlab.views.shell;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.views.models.FakeRunRepository;
import io.campaignlab.views.models.ModelsFixtures;
import io.campaignlab.views.models.ModelsView;
import io.campaignlab.views.models.RunRow;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.ShownWorkbench;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top bar's search, as a new user tries it: "Search datasets and runs" finds runs by model kind, id, dataset and
 * parameter values and opens them in their section, and shows names with underscores verbatim.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchSearchTest {

    private static final String SCORES = "scores_run1_impressions";

    private final FakeRunRepository runs = ModelsFixtures.runs(true);
    private final FakeWorkspace workspace = ModelsFixtures.workspace(runs);
    private ShownWorkbench fixture;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        Instant at = Instant.parse("2025-03-05T09:00:00Z");
        runs.add(new RunRecord(4, new NewRun(null, "campaign_exposures", "sha", "uplift-t-lr",
                "{\"spec\":{\"treatment\":\"group=coupon_20\",\"outcome\":\"converted\"}}", "{}", "{}", 42, "cpu()",
                "{}"), RunStatus.COMPLETED, null, at, at.plusSeconds(5)));
        runs.add(new RunRecord(5, new NewRun(null, ModelsFixtures.EVENTS, "sha", "rec-als", "{\"factors\":64}", "{}",
                "{}", 42, "cpu()", "{}"), RunStatus.COMPLETED, null, at, at.plusSeconds(5)));
        workspace.add(SCORES, DatasetKind.TABLE, List.of(ColumnMeta.of("row_id", ColumnType.INTEGER,
                ColumnRole.FEATURE), ColumnMeta.of("score", ColumnType.DECIMAL, ColumnRole.FEATURE)), 3,
                i -> Arrays.asList((long) i, 0.5), List.of());
        fixture = ShownWorkbench.show(stage, workspace, 1280, 800);
        workbench = fixture.workbench();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void runsAreFoundByModelKindIdDatasetAndParameterValues(FxRobot robot) throws Exception {
        open();

        assertThat(search("deepfm")).containsExactly("Run #2 deepfm · impressions · label clicked · completed");
        assertThat(search("#3")).containsExactly("Run #3 dcn · impressions · label clicked · failed");
        assertThat(search("coupon")).containsExactly("Run #4 uplift-t-lr · campaign_exposures · label converted"
                + " · completed");
        assertThat(search("impressions")).startsWith("Dataset: impressions", "Dataset: " + SCORES)
                .contains("Run #1 lr · impressions · label clicked · completed");
        assertThat(search("als")).containsExactly("Run #5 rec-als · events · completed");
    }

    @Test
    void aRunFoundOpensInItsSection(FxRobot robot) throws Exception {
        open();
        List<SearchHit> hits = hits("deepfm");

        fx(() -> {
            workbench.window().open(hits.get(0));
            return null;
        });
        waitUntil(() -> workbench.model().sectionProperty().get() == Section.MODELS && workbench.jobs().isIdle());
        ModelsView models = (ModelsView) workbench.window().content(Section.MODELS).node();
        waitUntil(() -> models.viewModel().runs().selection().stream().map(RunRow::id).toList().equals(List.of(2L)));

        SearchHit uplift = hits("coupon").get(0);
        fx(() -> {
            workbench.window().open(uplift);
            return null;
        });
        assertThat(workbench.model().sectionProperty().get()).isEqualTo(Section.EXPERIMENTS);
    }

    @Test
    void theResultListShowsUnderscoresInNamesAsTheyAre(FxRobot robot) throws Exception {
        open();

        robot.clickOn("#global-search").write("scores");
        waitUntil(() -> !robot.lookup(".context-menu .menu-item").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = fx(() -> robot.lookup(".context-menu .menu-item").queryAll().stream()
                .flatMap(item -> robot.from(item).lookup((Node n) -> n instanceof Text).queryAll().stream())
                .map(n -> ((Text) n).getText()).toList());
        assertThat(shown).contains("Dataset: " + SCORES);
    }

    private List<String> search(String text) throws Exception {
        return hits(text).stream().map(SearchHit::text).toList();
    }

    private List<SearchHit> hits(String text) throws Exception {
        java.util.concurrent.CompletableFuture<List<SearchHit>> found = new java.util.concurrent.CompletableFuture<>();
        fx(() -> {
            workbench.model().search(text, found::complete);
            return null;
        });
        return found.get(10, TimeUnit.SECONDS);
    }

    private void open() throws Exception {
        fx(() -> {
            workbench.model().open(Path.of("fake-workspace"), () -> workbench.window().select(Section.DATA));
            return null;
        });
        waitUntil(() -> workbench.model().workspace() != null && workbench.jobs().isIdle());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
