package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.ExplainReport;
import io.campaignlab.engine.explain.weights.FieldWeight;
import io.campaignlab.engine.explain.weights.ValueWeight;
import io.campaignlab.engine.explain.weights.WeightSummary;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.views.jobs.FxJobExecutor;
import io.campaignlab.views.models.FakeRunRepository;
import io.campaignlab.views.models.ModelsFixtures;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RenderedText;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownSection;
import io.campaignlab.views.testing.WorkbenchSizes;
import javafx.application.Platform;
import javafx.scene.Scene;
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

import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Explain section at the size a 1280 × 800 window gives it, with behavioural fields that share a long prefix. */
@ExtendWith(ApplicationExtension.class)
class ExplainLayoutTest {

    static final List<String> FIELDS = List.of("bh_user_purchases_30d", "bh_user_purchases_90d", "bh_user_views_7d",
            "bh_user_views_30d", "bh_user_clicks_14d", "device");

    private final FakeRunRepository runs = ModelsFixtures.runs(true);
    private final FakeWorkspace workspace = ModelsFixtures.workspace(runs);
    private ShownSection<ExplainView> shown;
    private FxJobExecutor jobs;
    private Scene scene;
    private ExplainView view;

    @Start
    void start(Stage stage) {
        ExplainReport stored = ExplainFixtures.report(1, true);
        ExplainFixtures.store(runs, new ExplainReport(1, stored.importance(), stored.groupedImportance(),
                new WeightSummary(ModelKind.DEEPFM, true, true, 4260, FIELDS.stream().map(f -> new FieldWeight(f,
                        0.1, 0.02, 0.1, List.of(new ValueWeight("3", 0.01, 0.1)))).toList()),
                stored.partialDependence(), stored.example(), stored.seconds()));
        shown = ShownSection.show(stage, workspace, executor -> new ExplainView(new ExplainViewModel(
                () -> workspace, executor, Platform::runLater, new FakeExplainJobs()), ExplainViewTest.SUMMARY),
                WorkbenchSizes.SECTION_WIDTH_1280, WorkbenchSizes.SECTION_HEIGHT_800);
        jobs = shown.jobs();
        scene = shown.scene();
        view = shown.view();
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @Test
    void theWeightsTableTellsFieldsWithACommonPrefixApart(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().reportProperty().get() != null && jobs.isIdle());
        robot.interact(() -> view.show(ExplainView.GlobalPage.WEIGHTS));
        WaitForAsyncUtils.waitForFxEvents();

        List<TableCell<?, ?>> cells = fx(() -> {
            RenderedText.layout(view);
            return robot.from(view.weightsTable()).lookup(".table-cell").queryAll().stream()
                    .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                    .filter(c -> c.getTableColumn() == view.weightsTable().getColumns().get(0) && !c.isEmpty())
                    .toList();
        });
        List<String> shown = fx(() -> cells.stream().map(c -> RenderedText.of(c).orElse("")).toList());
        assertThat(shown).hasSize(FIELDS.size()).doesNotHaveDuplicates();
        List<String> tips = fx(() -> cells.stream().map(c -> c.getTooltip() == null ? "" : c.getTooltip().getText())
                .toList());
        assertThat(tips).containsExactlyInAnyOrderElementsOf(FIELDS);
        List<javafx.scene.control.Label> headers = fx(() -> robot.from(view.weightsTable())
                .lookup(".column-header .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getText() != null && !l.getText().isEmpty()).toList());
        assertThat(headers).hasSize(5);
        for (javafx.scene.control.Label header : headers) {
            assertThat(fx(() -> RenderedText.of(header).orElse(""))).as(fx(() -> RenderedText.describe(header)))
                    .isEqualTo(header.getText());
        }
        SceneSnapshots.write(scene, "explain-weights-1280");
    }
}
