package io.campaignlab.views.recommend;

import io.campaignlab.engine.recommend.search.RecommenderSearch;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.views.tuning.RunSearchViewModel;
import javafx.collections.ListChangeListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The Recommend section's state: the Runs tab, the train form, the User tab and the Search tab, tied together. A
 * finished training run is listed and added to the chart's selection; the User tab offers every completed run; the
 * Search tab reads the settings search of the run selected last.
 */
public final class RecommendViewModel {

    private final RecommendRunsViewModel runs;
    private final RecommendTrainFormViewModel form;
    private final RecommendUserViewModel user;
    private final RunSearchViewModel search;

    /**
     * @param ui   runs work on the UI thread: {@code Platform::runLater}, or the calling thread in tests
     * @param jobs the engine work (or fakes in tests)
     */
    public RecommendViewModel(Supplier<WorkspaceContext> workspace, JobExecutor executor, Executor ui,
                              RecommendJobs jobs) {
        this.runs = new RecommendRunsViewModel(workspace, executor);
        this.user = new RecommendUserViewModel(workspace, executor, ui, jobs);
        this.form = new RecommendTrainFormViewModel(workspace, executor, ui, jobs, outcome -> {
            if (outcome == null) {
                this.runs.refresh();
                return;
            }
            List<Long> ids = new ArrayList<>(this.runs.selected().stream().map(RecommendRunRow::id).toList());
            ids.add(outcome.runId());
            this.runs.selectRuns(ids);
        });
        this.runs.runs().addListener((ListChangeListener<RecommendRunRow>) c -> user.setRuns(this.runs.runs()));
        this.search = new RunSearchViewModel(workspace, executor, RecommenderSearch::of, this::notSearched);
        this.runs.selected().addListener((ListChangeListener<RecommendRunRow>) c -> showSearch());
    }

    /** Why the run with this id has no search to show: it has not completed, or its settings were given. */
    private String notSearched(String id) {
        Optional<RecommendRunRow> row = runs.find(Long.parseLong(id));
        if (row.isPresent() && !row.get().completed()) {
            return "Run " + id + (row.get().status() == RunStatus.RUNNING ? " is still running" : " did not complete ("
                    + row.get().status().id() + ")") + ": it has no search to show.";
        }
        return "Run " + id + " was trained with the settings given (--tune off, a model with nothing to search such"
                + " as pop or recent, or a run from before searches): its settings were not searched.";
    }

    private void showSearch() {
        List<RecommendRunRow> selected = runs.selected();
        RecommendRunRow last = selected.isEmpty() ? null : selected.get(selected.size() - 1);
        search.show(last == null ? null : last.id(), last == null ? "" : String.valueOf(last.id()));
    }

    /** Reads the runs and the datasets again. */
    public void refresh() {
        runs.refresh();
        form.refresh();
    }

    /** Another workspace was opened. */
    public void workspaceChanged() {
        runs.workspaceChanged();
        form.refresh();
    }

    public RecommendRunsViewModel runs() {
        return runs;
    }

    public RecommendTrainFormViewModel form() {
        return form;
    }

    public RecommendUserViewModel user() {
        return user;
    }

    /** The Search tab: how the settings of the run selected last were chosen. */
    public RunSearchViewModel search() {
        return search;
    }
}
