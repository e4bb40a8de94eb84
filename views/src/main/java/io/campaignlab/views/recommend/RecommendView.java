package io.campaignlab.views.recommend;

import io.campaignlab.views.common.WhenShown;
import io.campaignlab.views.common.SectionHeader;
import io.campaignlab.engine.recommend.search.RecommenderSearchSpace;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.tuning.RunSearchViewModel;
import io.campaignlab.views.tuning.SearchPane;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Recommend section: a Runs tab (the runs table, the recall@K chart of the selected runs with their protocol,
 * and the train form), a User tab (one user's history beside a run's recommendations, with reasons) and a Search tab
 * (the settings search of the run selected last: its trials and validation curve). Thin code-behind over
 * {@link RecommendViewModel}; reloads whenever it is shown.
 */
public final class RecommendView extends BorderPane {

    /** The tabs, in order. */
    public enum Page { RUNS, USER, SEARCH }

    private final RecommendViewModel viewModel;
    private final TabPane tabs = new TabPane();
    private final Tab runsTab;
    private final Tab userTab;
    private final RecommendRunsPane runsPane;
    private final RecommendUserPane userPane;
    private final SearchPane searchPane = new SearchPane(RecommenderSearchSpace::describe);

    public RecommendView(Supplier<WorkspaceContext> workspace, JobExecutor executor, String summary) {
        this(new RecommendViewModel(workspace, executor, Platform::runLater, RecommendJobs.ENGINE), summary);
    }

    public RecommendView(RecommendViewModel viewModel, String summary) {
        this.viewModel = viewModel;
        getStyleClass().add("recommend-view");
        runsPane = new RecommendRunsPane(viewModel.runs(), viewModel.form());
        userPane = new RecommendUserPane(viewModel.user());
        runsTab = new Tab("Runs", runsPane);
        runsTab.setId("recommend-runs-tab");
        userTab = new Tab("User", userPane);
        userTab.setId("recommend-user-tab");
        Tab searchTab = new Tab("Search", searchPane);
        searchTab.setId("recommend-search-tab");
        RunSearchViewModel search = viewModel.search();
        search.searchProperty().addListener((o, old, now) -> searchPane.show(now, search.messageProperty().get()));
        search.messageProperty().addListener((o, old, now) -> searchPane.show(search.searchProperty().get(), now));
        searchPane.show(null, search.messageProperty().get());
        tabs.getTabs().setAll(runsTab, userTab, searchTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(header(summary));
        setCenter(tabs);
        WhenShown.run(this, viewModel::refresh);
    }

    private Node header(String summary) {
        return SectionHeader.of("Recommend", summary, 4);
    }

    // ---- for the workbench ----

    public void workspaceChanged() {
        viewModel.workspaceChanged();
    }

    /** Selects runs in the Runs tab (their curves overlaid), and the first in the User tab. */
    public void showRuns(List<Long> runIds) {
        if (runIds.isEmpty()) {
            return;
        }
        viewModel.runs().selectRuns(runIds);
        viewModel.user().preferRun(runIds.get(0));
    }

    /** Opens the User tab on a user of the chosen run's dataset. */
    public void showUser(String user) {
        tabs.getSelectionModel().select(userTab);
        viewModel.user().showUser(user);
    }

    /** Shows a tab by name: {@code runs}, {@code user} or {@code search}. */
    public void showTab(String name) {
        try {
            tabs.getSelectionModel().select(Page.valueOf(name.trim().toUpperCase(Locale.ROOT)).ordinal());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown Recommend tab '" + name + "'; use runs, user or search", e);
        }
    }

    /** The chart the user is looking at, made for a file: the recall@K chart, or the Search tab's validation curve. */
    public Optional<JFreeChart> currentChart() {
        return tabs.getSelectionModel().getSelectedIndex() == Page.SEARCH.ordinal() ? searchPane.currentChart()
                : runsPane.chart().forExport();
    }

    public RecommendViewModel viewModel() {
        return viewModel;
    }

    TabPane tabs() {
        return tabs;
    }

    RecommendRunsPane runsPane() {
        return runsPane;
    }

    RecommendUserPane userPane() {
        return userPane;
    }

    SearchPane searchPane() {
        return searchPane;
    }

    /** A vertical split with a top and a bottom part. */
    static SplitPane vertical(Node top, Node bottom, double divider) {
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(divider);
        return split;
    }

    /** A box that grows with its parent. */
    static VBox growing(Node... children) {
        VBox box = new VBox(6, children);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }
}
