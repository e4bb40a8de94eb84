package io.campaignlab.views.monitor;

import io.campaignlab.engine.monitor.DriftAnalysisJob;
import io.campaignlab.views.models.FakeRunRepository;
import io.campaignlab.views.models.ModelsFixtures;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RenderedText;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownSection;
import io.campaignlab.views.testing.WorkbenchSizes;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Monitor section on screen (headless), over a workspace in memory, a fake drift job and the real executor. */
@ExtendWith(ApplicationExtension.class)
class MonitorViewTest {

    static final String SUMMARY = "Whether models still hold.";

    private final FakeRunRepository runs = ModelsFixtures.runs(true);
    private final FakeWorkspace workspace = ModelsFixtures.workspace(runs);
    private final List<DriftAnalysisJob.Current> asked = new CopyOnWriteArrayList<>();
    private ShownSection<MonitorView> section;
    private MonitorView view;

    @Start
    void start(Stage stage) {
        MonitorFixtures.store(runs, MonitorFixtures.analysis(1, MonitorFixtures.WINDOW), MonitorFixtures.CREATED);
        MonitorJobs fake = (ws, runId, current) -> {
            asked.add(current);
            return io.campaignlab.engine.jobs.Job.of("drift", "Drift of run " + runId, (progress, cancel) -> {
                FakeWorkspace.requireWorkerThread();
                var analysis = MonitorFixtures.analysis(runId, current.describe("impressions"));
                MonitorFixtures.store(runs, analysis, java.time.Instant.now());
                return analysis;
            });
        };
        section = ShownSection.show(stage, workspace,
                jobs -> new MonitorView(new MonitorViewModel(() -> workspace, jobs, Platform::runLater, fake), SUMMARY),
                1250, 800);
        view = section.view();
    }

    @AfterEach
    void close() throws Exception {
        section.close();
    }

    @Test
    void theStoredCheckShowsTheTableTheMostDriftedFeatureAndThePerformance(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().readout().analysis().get() != null && section.jobs().isIdle());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(SUMMARY).tryQuery()).isPresent();
        assertThat(fx(() -> view.table().getItems().size())).isEqualTo(5);
        assertThat(fx(() -> view.table().getSelectionModel().getSelectedItem().feature())).isEqualTo("price");
        assertThat(robot.lookup(".drift-status-alert").queryAll()).hasSize(2);
        assertThat(robot.lookup(".drift-status-skipped").queryAll()).hasSize(1);
        JFreeChart distribution = fx(() -> view.distributionPane().shown().orElseThrow());
        assertThat(distribution.getCategoryPlot().getDataset().getColumnCount()).isEqualTo(4);
        JFreeChart performance = fx(() -> view.performancePane().shown().orElseThrow());
        assertThat(((CombinedDomainCategoryPlot) performance.getPlot()).getSubplots()).hasSize(3);
        SceneSnapshots.write(section.scene(), "monitor-view");

        robot.clickOn(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "device".equals(l.getText())).queryAs(javafx.scene.Node.class));
        waitUntil(() -> view.distributionPane().shown().map(c -> c.getCategoryPlot().getDataset().getColumnCount())
                .orElse(0) == 3);
        assertThat(view.viewModel().readout().feature().get().feature()).isEqualTo("device");
        assertThat(view.currentChart().orElseThrow().getTitle().getText()).isEqualTo("Reference vs current · device");
    }

    @Test
    void checkingAnotherWindowRunsTheJobAndListsTheNewCheck(FxRobot robot) throws Exception {
        waitUntil(() -> view.viewModel().readout().analysis().get() != null && section.jobs().isIdle());
        robot.interact(() -> {
            view.viewModel().form().from().set(LocalDate.of(2025, 3, 8));
            view.viewModel().form().to().set(LocalDate.of(2025, 3, 14));
        });
        waitUntil(() -> !robot.lookup("#monitor-check").queryButton().isDisabled());

        robot.clickOn("#monitor-check");

        waitUntil(() -> view.viewModel().readout().stored().size() == 2);
        assertThat(asked).containsExactly(new DriftAnalysisJob.Window(LocalDate.of(2025, 3, 8),
                LocalDate.of(2025, 3, 14)));
        assertThat(view.viewModel().readout().shown().get().key()).isEqualTo("impressions 2025-03-08..2025-03-14");
        assertThat(fx(() -> robot.lookup("#monitor-summary").queryAs(Label.class).getText()))
                .startsWith("impressions 2025-03-08..2025-03-14: 9,971 rows");
        SceneSnapshots.write(section.scene(), "monitor-view-checked");
    }

    @Test
    void everyStatusChipShowsItsWholeWordAt1280x800(FxRobot robot) throws Exception {
        robot.interact(() -> {
            section.stage().setWidth(WorkbenchSizes.SECTION_WIDTH_1280);
            section.stage().setHeight(WorkbenchSizes.SECTION_HEIGHT_800);
        });
        waitUntil(() -> view.viewModel().readout().analysis().get() != null && section.jobs().isIdle()
                && Math.abs(section.scene().getWidth() - WorkbenchSizes.SECTION_WIDTH_1280) < 1);
        WaitForAsyncUtils.waitForFxEvents();

        List<Label> chips = fx(() -> {
            RenderedText.layout(view);
            return robot.from(view.table()).lookup(".drift-status").queryAllAs(Label.class).stream()
                    .filter(l -> l.getParent() instanceof TableCell<?, ?> c && !c.isEmpty() && c.isVisible())
                    .toList();
        });
        assertThat(chips).extracting(Label::getText).contains("alert", "skipped");
        for (Label chip : chips) {
            assertThat(fx(() -> RenderedText.of(chip).orElse(""))).as(fx(() -> RenderedText.describe(chip)))
                    .isEqualTo(chip.getText());
        }
    }
}
