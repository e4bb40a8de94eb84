package io.campaignlab.views.profiling;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.profiling.DatasetProfile;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.function.Supplier;

/** Profiles every column of a dataset and stores the result; recorded in the job history as {@code profile}. */
public final class ProfileJob implements Job<DatasetProfile> {

    /** The kind in the job history. */
    public static final String KIND = "profile";

    private final Supplier<WorkspaceContext> workspace;
    private final String dataset;

    /** The workspace is only reached when the job runs, on a worker thread. */
    public ProfileJob(Supplier<WorkspaceContext> workspace, String dataset) {
        this.workspace = workspace;
        this.dataset = dataset;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "Profile " + dataset;
    }

    @Override
    public DatasetProfile run(ProgressListener progress, CancellationToken cancel) {
        progress.message("profiling " + dataset);
        return workspace.get().profiler().profile(dataset, progress, cancel);
    }
}
