package io.campaignlab.views.models;

import io.campaignlab.views.common.WhenShown;
import io.campaignlab.views.common.SectionHeader;
import atlantafx.base.theme.Styles;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.common.DialogService;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.tuning.RunSearchViewModel;
import io.campaignlab.views.tuning.SearchPane;
import io.campaignlab.engine.models.search.CtrSearchSpace;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.jfree.chart.JFreeChart;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Models section: a Runs tab (runs table, provenance, score, overlaid evaluation charts), a Train tab (the
 * form beside the live training curves) and a Search tab (the focused run's settings search: trials and validation
 * curve). Reloads whenever it is shown. Thin code-behind over
 * {@link ModelsViewModel}.
 */
public final class ModelsView extends BorderPane {

    /** The tabs, in order. */
    public enum Page { RUNS, TRAIN, SEARCH }

    private final ModelsViewModel viewModel;
    private final TabPane tabs = new TabPane();
    private final RunsView runsView;
    private final TrainingMonitorView monitorView;
    private final SearchPane searchPane = new SearchPane(CtrSearchSpace::describe);

    /**
     * @param openDataset shows a dataset (the scores of a run) in the Data section
     * @param summary     one sentence under the title: what the section is for
     */
    public ModelsView(Supplier<WorkspaceContext> workspace, JobExecutor executor, DialogService dialogs,
                      Consumer<String> openDataset, String summary) {
        this(new ModelsViewModel(workspace, executor, dialogs, openDataset, Platform::runLater, ModelJobs.ENGINE),
                summary);
    }

    public ModelsView(ModelsViewModel viewModel, String summary) {
        this.viewModel = viewModel;
        getStyleClass().add("models-view");
        this.runsView = new RunsView(viewModel.runs(), viewModel.score());
        this.monitorView = new TrainingMonitorView(viewModel.monitor());
        TrainFormView form = new TrainFormView(viewModel.form(), this::train,
                viewModel.monitor().job().runningProperty());
        form.setMinWidth(520);
        SplitPane train = new SplitPane(form, monitorView);
        train.setDividerPositions(0.5);
        SplitPane.setResizableWithParent(form, false);
        Tab runs = new Tab("Runs", runsView);
        runs.setId("models-runs-tab");
        Tab trainTab = new Tab("Train", train);
        trainTab.setId("models-train-tab");
        Tab searchTab = new Tab("Search", searchPane);
        searchTab.setId("models-search-tab");
        RunSearchViewModel search = viewModel.search();
        search.searchProperty().addListener((o, old, now) -> searchPane.show(now, search.messageProperty().get()));
        search.messageProperty().addListener((o, old, now) -> searchPane.show(search.searchProperty().get(), now));
        searchPane.show(null, search.messageProperty().get());
        tabs.getTabs().setAll(runs, trainTab, searchTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("models-tabs");
        setTop(header(summary));
        setCenter(tabs);
        WhenShown.run(this, viewModel::refresh);
    }

    private HBox header(String summary) {
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(viewModel.datasetsProblemProperty());
        return SectionHeader.of("Models", summary, 4, problem);
    }

    private void train() {
        viewModel.train();
    }

    /** Reloads datasets and runs in the background. */
    public void refresh() {
        viewModel.refresh();
    }

    /** Another workspace was opened. */
    public void workspaceChanged() {
        viewModel.workspaceChanged();
    }

    /** Shows runs (by id) in the Runs tab, once they are listed. */
    public void showRuns(List<Long> runIds) {
        show(Page.RUNS);
        viewModel.runs().selectIds(runIds);
    }

    public void show(Page page) {
        tabs.getSelectionModel().select(page.ordinal());
    }

    /** Shows a tab by name: {@code runs}, {@code train} or {@code search}. */
    public void showTab(String name) {
        String key = name.trim().toUpperCase(java.util.Locale.ROOT);
        try {
            show(Page.valueOf(key));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown Models tab '" + name + "'; use runs, train or search", e);
        }
    }

    public Page page() {
        return Page.values()[Math.max(0, tabs.getSelectionModel().getSelectedIndex())];
    }

    /** The chart the user is looking at, for File › Export chart: titled, dark on white. */
    public Optional<JFreeChart> currentChart() {
        return switch (page()) {
            case TRAIN -> monitorView.currentChart();
            case SEARCH -> searchPane.currentChart();
            case RUNS -> runsView.currentChart();
        };
    }

    public ModelsViewModel viewModel() {
        return viewModel;
    }

    RunsView runsView() {
        return runsView;
    }

    SearchPane searchPane() {
        return searchPane;
    }

    TrainingMonitorView monitorView() {
        return monitorView;
    }
}
