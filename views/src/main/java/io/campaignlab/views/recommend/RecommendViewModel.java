package io.campaignlab.views.recommend;

import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.jobs.JobExecutor;
import javafx.collections.ListChangeListener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The Recommend section's state: the Runs tab, the train form and the User tab, tied together. A finished training
 * run is listed and added to the chart's selection; the User tab offers every completed run.
 */
public final class RecommendViewModel {

    private final RecommendRunsViewModel runs;
    private final RecommendTrainFormViewModel form;
    private final RecommendUserViewModel user;

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
}
