package io.campaignlab.views.experiments;

import io.campaignlab.engine.experiments.Correction;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RenderedText;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownSection;
import io.campaignlab.views.testing.WorkbenchSizes;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
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

/**
 * The Experiments section on screen (headless) at the size a 1280 × 800 window gives it, over a workspace in memory,
 * fake jobs and the real executor.
 */
@ExtendWith(ApplicationExtension.class)
class ExperimentsViewTest {

    private final FakeWorkspace workspace = ExperimentsFixtures.workspace();
    private final ExperimentsFixtures.Jobs fakeJobs = new ExperimentsFixtures.Jobs();
    private final ExperimentsFixtures.Uplift fakeUplift = new ExperimentsFixtures.Uplift();
    private ShownSection<ExperimentsView> section;
    private ExperimentsView view;

    @Start
    void start(Stage stage) {
        section = ShownSection.show(stage, workspace,
                jobs -> new ExperimentsView(new AbViewModel(() -> workspace, jobs, Platform::runLater, fakeJobs),
                        new UpliftViewModel(() -> workspace, jobs, Platform::runLater, fakeUplift, fakeJobs),
                        "Trustworthy A/B readouts and uplift."),
                WorkbenchSizes.SECTION_WIDTH_1280, WorkbenchSizes.SECTION_HEIGHT_800);
        view = section.view();
    }

    @AfterEach
    void close() throws Exception {
        section.close();
    }

    @Test
    void aSampleRatioMismatchCoversTheReadoutUntilTheUserAcknowledgesIt(FxRobot robot) throws Exception {
        fakeJobs.nTreatment = 1200;
        waitUntil(() -> !robot.lookup("#ab-run").queryButton().isDisabled());

        robot.clickOn("#ab-run");

        waitUntil(() -> view.abView().viewModel().shown().readout().get() != null && section.jobs().isIdle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> robot.lookup("#srm-chip").queryAs(Label.class).getText()))
                .isEqualTo("Sample ratio mismatch");
        assertThat(fx(() -> robot.lookup("#srm-line").queryAs(Label.class).getText()))
                .startsWith("χ² = 18.18, 1 df, p < 0.0001");
        assertThat(fx(() -> view.abView().bannerNode().isVisible())).isTrue();
        assertThat(fx(() -> view.abView().readoutNode().isVisible())).as("the readout is hidden").isFalse();
        assertThat(fx(() -> visible(view.abView().table()))).isFalse();
        SceneSnapshots.write(section.scene(), "experiments-srm-banner");

        robot.clickOn("#ab-acknowledge");

        waitUntil(() -> view.abView().readoutNode().isVisible());
        assertThat(fx(() -> view.abView().bannerNode().isVisible())).isFalse();
        assertThat(fx(() -> visible(view.abView().table()))).isTrue();
        assertThat(fx(() -> view.abView().table().getItems().size())).isEqualTo(2);
        assertThat(fx(() -> robot.lookup("#srm-chip").queryAs(Label.class).getText()))
                .as("the health strip still says so").isEqualTo("Sample ratio mismatch");
    }

    @Test
    void aHealthyReadoutShowsTheTableTheForestPlotThePosteriorsAndTheSequence(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#ab-run").queryButton().isDisabled());

        robot.clickOn("#ab-run");

        waitUntil(() -> view.abView().viewModel().shown().readout().get() != null && section.jobs().isIdle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> robot.lookup("#srm-chip").queryAs(Label.class).getText())).isEqualTo("Sample ratio OK");
        assertThat(fx(() -> view.abView().bannerNode().isVisible())).isFalse();
        assertThat(fx(() -> view.abView().table().getItems().size())).isEqualTo(2);
        JFreeChart forest = fx(() -> view.abView().forestPane().shown().orElseThrow());
        XYPlot plot = forest.getXYPlot();
        int points = 0;
        for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) {
            points += plot.getDataset().getItemCount(s);
        }
        assertThat(points).as("two rows and their two CUPED estimates").isEqualTo(4);
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).as("the no-effect line").hasSize(1);
        // planted: 10% → 15% is a +50% relative lift on conversion
        assertThat(plot.getDataset().getXValue(0, 0)).isEqualTo(50.0, org.assertj.core.api.Assertions.within(1e-9));
        JFreeChart posterior = fx(() -> view.abView().posteriorPane().shown().orElseThrow());
        assertThat(posterior.getXYPlot().getDataset().getSeriesCount()).isEqualTo(2);
        JFreeChart sequence = fx(() -> view.abView().sequentialPane().shown().orElseThrow());
        assertThat(sequence.getXYPlot().getDataset().getItemCount(0)).isGreaterThan(5);
        assertThat(view.currentChart()).isPresent();
        SceneSnapshots.write(section.scene(), "experiments-view");

        robot.clickOn(robot.lookup(".tab").match(n -> n.getId() != null && n.getId().equals("tab-planner")).queryAs(Node.class));
        TextField mde = robot.lookup("#planner-mde").queryAs(TextField.class);
        robot.interact(() -> mde.setText("0.02"));
        assertThat(fx(() -> robot.lookup("#planner-units").queryAs(Label.class).getText()))
                .startsWith("3,841 per arm");
        SceneSnapshots.write(section.scene(), "experiments-planner");
    }

    @Test
    void theUpliftTabFitsAModelAndDrawsTheQiniCurveAgainstTheRandomLineAndTheDeciles(FxRobot robot)
            throws Exception {
        robot.clickOn(robot.lookup(".tab").match(n -> "tab-uplift".equals(n.getId())).queryAs(Node.class));
        waitUntil(() -> !robot.lookup("#uplift-fit").queryButton().isDisabled());

        robot.clickOn("#uplift-fit");

        waitUntil(() -> view.upliftView().viewModel().resultProperty().get() != null && section.jobs().isIdle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fakeUplift.asked).hasSize(1);
        JFreeChart qini = fx(() -> view.upliftView().qiniPane().shown().orElseThrow());
        var curves = qini.getXYPlot().getDataset();
        assertThat(curves.getSeriesCount()).as("model, random, perfect").isEqualTo(3);
        // the random line runs from the origin to the model curve's end
        int last = curves.getItemCount(0) - 1;
        assertThat(curves.getYValue(1, 0)).isZero();
        assertThat(curves.getYValue(1, 1)).isEqualTo(curves.getYValue(0, last));
        assertThat(curves.getXValue(0, last)).isEqualTo(1.0);
        JFreeChart deciles = fx(() -> view.upliftView().decilePane().shown().orElseThrow());
        assertThat(deciles.getCategoryPlot().getDataset().getColumnCount()).isEqualTo(10);
        // planted: the top decile's treated units convert 30% against control's 10%
        assertThat(deciles.getCategoryPlot().getDataset().getValue(0, 0).doubleValue())
                .isEqualTo(0.20, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(fx(() -> robot.lookup("#uplift-summary").queryAs(Label.class).getText())).contains("Qini");
        SceneSnapshots.write(section.scene(), "experiments-uplift");
    }

    @Test
    void everyCellAndHeaderOfTheReadoutTableShowsItsWholeText(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#ab-run").queryButton().isDisabled());

        robot.clickOn("#ab-run");

        waitUntil(() -> view.abView().viewModel().shown().readout().get() != null && section.jobs().isIdle());
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
        SceneSnapshots.write(section.scene(), "experiments-readout-1280");
    }

    @Test
    void theCorrectionPickerShowsEveryChoiceWholeAt1280x800(FxRobot robot) throws Exception {
        waitUntil(() -> !view.abView().viewModel().choice().datasets().isEmpty() && section.jobs().isIdle());
        for (Correction correction : Correction.values()) {
            robot.interact(() -> view.abView().viewModel().settings().correction().set(correction));
            WaitForAsyncUtils.waitForFxEvents();
            ListCell<?> shown = fx(() -> {
                RenderedText.layout(view);
                ComboBox<?> picker = robot.lookup("#ab-correction").queryAs(ComboBox.class);
                return (ListCell<?>) ((ComboBoxListViewSkin<?>) picker.getSkin()).getDisplayNode();
            });
            assertThat(fx(() -> RenderedText.of(shown).orElse(""))).as(fx(() -> RenderedText.describe(shown)))
                    .isNotEmpty().isEqualTo(fx(shown::getText));
        }
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
