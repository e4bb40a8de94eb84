package io.campaignlab.views.experiments;

import io.campaignlab.views.common.WhenShown;
import io.campaignlab.views.common.SectionHeader;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Experiments section: the A/B readout, the sample-size planner and the uplift tab. Reloads the datasets whenever
 * it is shown.
 */
public final class ExperimentsView extends BorderPane {

    

    private final AbView ab;
    private final PlannerView planner;
    private final UpliftView uplift;
    private final TabPane tabs = new TabPane();
    private final Tab abTab;
    private final Tab plannerTab;
    private final Tab upliftTab;

    public ExperimentsView(Supplier<WorkspaceContext> workspace, JobExecutor executor, String summary) {
        this(new AbViewModel(workspace, executor, Platform::runLater, ExperimentJobs.ENGINE),
                new UpliftViewModel(workspace, executor, Platform::runLater, UpliftJobs.ENGINE, ExperimentJobs.ENGINE),
                summary);
    }

    public ExperimentsView(AbViewModel viewModel, UpliftViewModel upliftModel, String summary) {
        getStyleClass().add("experiments-view");
        ab = new AbView(viewModel);
        planner = new PlannerView(new PlannerViewModel());
        uplift = new UpliftView(upliftModel);
        abTab = new Tab("A/B readout", ab);
        plannerTab = new Tab("Planner", planner);
        upliftTab = new Tab("Uplift", uplift);
        abTab.setId("tab-ab");
        plannerTab.setId("tab-planner");
        upliftTab.setId("tab-uplift");
        tabs.getTabs().setAll(abTab, plannerTab, upliftTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(header(summary));
        setCenter(tabs);
        WhenShown.run(this, () -> {
            viewModel.refresh();
            upliftModel.refresh();
        });
    }

    private Node header(String summary) {
        return SectionHeader.of("Experiments", summary, 4);
    }

    // ---- for the workbench ----

    public void workspaceChanged() {
        ab.viewModel().workspaceChanged();
        uplift.viewModel().workspaceChanged();
    }

    /** Selects a dataset in the A/B tab and reads it out with the first guesses. */
    public void showDataset(String name) {
        tabs.getSelectionModel().select(abTab);
        ab.viewModel().readOut(name);
    }

    /** Shows a tab: {@code ab}, {@code planner} or {@code uplift}. */
    public void showTab(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace("/", "").replace("-", "");
        switch (key) {
            case "ab", "readout", "abreadout" -> tabs.getSelectionModel().select(abTab);
            case "planner", "power" -> tabs.getSelectionModel().select(plannerTab);
            case "uplift" -> tabs.getSelectionModel().select(upliftTab);
            default -> throw new IllegalArgumentException("unknown Experiments tab '" + name + "'; use ab, planner or"
                    + " uplift");
        }
    }

    /** The chart of the tab shown, for File › Export chart. */
    public Optional<JFreeChart> currentChart() {
        if (tabs.getSelectionModel().getSelectedItem() == abTab) {
            return ab.currentChart();
        }
        if (tabs.getSelectionModel().getSelectedItem() == upliftTab) {
            return uplift.currentChart();
        }
        return Optional.empty();
    }

    public AbView abView() {
        return ab;
    }

    public UpliftView upliftView() {
        return uplift;
    }

    public PlannerView plannerView() {
        return planner;
    }
}
