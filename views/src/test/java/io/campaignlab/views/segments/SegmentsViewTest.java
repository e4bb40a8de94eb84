package io.campaignlab.views.segments;

import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.customers.CustomerData;
import io.campaignlab.engine.segments.rfm.RfmJob;
import io.campaignlab.engine.segments.rules.RuleOperator;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.SceneSnapshots;
import io.campaignlab.views.testing.ShownSection;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;


import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Segments section on screen (headless) over an in-memory store holding a real RFM and k-means segmentation of
 * a small events fixture, with the real executor: the profile charts, the k sweep, a new RFM run, and the rule
 * builder's live count and Save as segment.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentsViewTest {

    static CustomerData data;
    static io.campaignlab.engine.segments.kmeans.KMeansSegmentation kMeans;
    static io.campaignlab.engine.segments.rfm.RfmSegmentation rfm;

    private final FakeWorkspace workspace = new FakeWorkspace();
    private SegmentsFixtures.Store store;
    private ShownSection<SegmentsView> section;
    private SegmentsView view;

    @BeforeAll
    static void segment() {
        data = SegmentsFixtures.customers();
        kMeans = SegmentsFixtures.kMeans(data);
        rfm = RfmJob.segment(data);
    }

    @Start
    void start(Stage stage) {
        store = new SegmentsFixtures.Store();
        store.addKMeans(kMeans);
        store.addRfm(rfm);
        section = ShownSection.show(stage, workspace,
                jobs -> new SegmentsView(new SegmentsViewModel(store, jobs, Platform::runLater,
                        SegmentsFixtures.jobs(store, data), SegmentsView.pause()), "Who the customers are."),
                1300, 820);
        view = section.view();
    }

    @AfterEach
    void close() throws Exception {
        section.close();
    }

    @Test
    void theNewestSegmentationShowsItsSegmentsCleaningCountsAndProfileCharts(FxRobot robot) throws Exception {
        waitUntil(30, () -> view.viewModel().shownProperty().get() != null && section.jobs().isIdle());
        WaitForAsyncUtils.waitForFxEvents();

        ShownSegmentation shown = view.viewModel().shownProperty().get();
        assertThat(shown.record().kind()).isEqualTo(SegmentKind.RFM);
        assertThat(fx(() -> view.table().getItems().size())).isEqualTo(11);
        assertThat(fx(() -> view.table().getItems().get(0).name())).isEqualTo("Champions");
        assertThat(fx(() -> view.table().getItems().get(0).rule())).isEqualTo("R 5 and F 4-5");
        long nonEmpty = shown.rows().stream().filter(r -> r.customers() > 0).count();
        JFreeChart index = fx(() -> view.indexPane().shown().orElseThrow());
        assertThat(index.getCategoryPlot().getDataset().getColumnCount()).isEqualTo((int) nonEmpty);
        JFreeChart heatmap = fx(() -> view.categoryPane().shown().orElseThrow());
        assertThat(((XYPlot) heatmap.getPlot()).getDataset().getItemCount(0)).isEqualTo((int) nonEmpty * 4);
        assertThat(fx(() -> view.extraPane().shown()).isPresent()).as("the R × F grid").isTrue();
        String cleaning = fx(() -> robot.lookup("#segment-cleaning").queryAs(Label.class).getText());
        assertThat(cleaning).contains(String.format(java.util.Locale.ROOT, "Rows read %,d",
                data.cleaning().rowsRead())).contains("cancellation lines").contains("without a customer");
        assertThat(fx(() -> view.table().getItems().get(0).ctr())).isNotNull();
        SceneSnapshots.write(section.scene(), "segments-view-rfm");

        robot.interact(() -> view.viewModel().selectedProperty().set(store.records.get(1)));
        waitUntil(30, () -> view.viewModel().shownProperty().get() != null
                && view.viewModel().shownProperty().get().record().kind() == SegmentKind.KMEANS);
        JFreeChart sweep = fx(() -> view.extraPane().shown().orElseThrow());
        assertThat(((XYPlot) sweep.getPlot()).getDataset(0).getItemCount(0)).isEqualTo(4);
        assertThat(((XYPlot) sweep.getPlot()).getDataset(1).getItemCount(0)).isEqualTo(4);
        assertThat(fx(() -> view.table().getItems().get(0).rule())).matches("R [0-9.k]+d · F .* · M .* · T .*d");
        SceneSnapshots.write(section.scene(), "segments-view-kmeans");
    }

    @Test
    void runningRfmFromTheLauncherListsAndShowsTheNewSegmentation(FxRobot robot) throws Exception {
        waitUntil(30, () -> view.viewModel().shownProperty().get() != null && section.jobs().isIdle());
        assertThat(fx(() -> view.viewModel().datasets())).containsExactly("events");

        robot.clickOn("#segment-run");

        waitUntil(30, () -> store.records.size() == 3 && view.viewModel().segmentations().size() == 3
                && view.viewModel().shownProperty().get() != null
                && view.viewModel().shownProperty().get().record().id() == 3);
        assertThat(fx(() -> robot.lookup("#segment-progress").queryAs(Label.class).getText()))
                .isEqualTo("Stored as segmentation 3.");
    }

    @Test
    void theRuleBuilderCountsAsTheRuleChangesAndSavesASegment(FxRobot robot) throws Exception {
        waitUntil(30, () -> view.viewModel().shownProperty().get() != null && section.jobs().isIdle());
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        waitUntil(30, () -> !store.counted.isEmpty());
        waitUntil(30, () -> view.viewModel().rules().readout().audience().get().startsWith("37 of 400 users"));
        assertThat(store.counted).containsOnly("purchases_30d >= 1");

        robot.clickOn("#rule-add");
        TextField value = robot.lookup(".rule-value").nth(1).queryAs(TextField.class);
        robot.interact(() -> {
            view.viewModel().rules().form().conditions().get(1).measureProperty().set("age_band");
            view.viewModel().rules().form().conditions().get(1).operatorProperty().set(RuleOperator.EQ);
            value.setText("25-34");
        });
        try {
            waitUntil(30, () -> view.viewModel().rules().readout().audience().get().startsWith("74 of 400 users"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("problem '" + view.viewModel().rules().readout().problem().get() + "' audience '"
                    + view.viewModel().rules().readout().audience().get() + "' counted " + store.counted + " rows "
                    + view.viewModel().rules().form().conditions().stream().map(ConditionRow::text).toList(), e);
        }
        assertThat(store.counted).contains("purchases_30d >= 1 AND age_band = '25-34'");
        assertThat(fx(() -> robot.lookup("#rule-audience").queryAs(Label.class).getText()))
                .contains("(18.5%)").contains("windows end at 2025-03-02");
        SceneSnapshots.write(section.scene(), "segments-view-rules");

        robot.interact(() -> view.viewModel().rules().form().conditions().get(1).measureProperty().set("shoe size"));
        waitUntil(30, () -> !view.viewModel().rules().readout().problem().get().isEmpty());
        assertThat(view.viewModel().rules().readout().problem().get()).contains("condition 'shoe size");
        assertThat(fx(() -> robot.lookup("#rule-save").queryButton().isDisabled())).isTrue();
        RuleBuilderViewModel rules = view.viewModel().rules();
        robot.interact(() -> rules.removeCondition(rules.form().conditions().get(1)));
        try {
            waitUntil(30, () -> view.viewModel().rules().readout().problem().get().isEmpty()
                    && !robot.lookup("#rule-save").queryButton().isDisabled());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("problem '" + view.viewModel().rules().readout().problem().get() + "' audience '"
                    + view.viewModel().rules().readout().audience().get() + "' counting "
                    + view.viewModel().rules().readout().counting().get() + " saving "
                    + view.viewModel().rules().saving().runningProperty().get() + " rows "
                    + view.viewModel().rules().form().conditions().size(), e);
        }

        robot.clickOn("#rule-name").write("Recent buyers");
        robot.clickOn("#rule-save");

        waitUntil(30, () -> store.records.size() == 3 && view.viewModel().shownProperty().get() != null
                && view.viewModel().shownProperty().get().record().kind() == SegmentKind.RULES);
        assertThat(store.records.get(0).name()).isEqualTo("Rules: Recent buyers");
        assertThat(fx(() -> robot.lookup("#rule-saved").queryAs(Label.class).getText()))
                .startsWith("Saved 'Recent buyers': 37 users");
    }
}
