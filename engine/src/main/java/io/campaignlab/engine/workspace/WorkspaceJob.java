package io.campaignlab.engine.workspace;

import io.campaignlab.engine.jobs.Job;

/**
 * The skeleton every job over a workspace shares: the workspace it works in and the kind it is listed under. A job
 * adds its own inputs, its title and its {@link #run}.
 */
public abstract class WorkspaceJob<T> implements Job<T> {

    private final String kind;
    protected final WorkspaceContext workspace;

    protected WorkspaceJob(String kind, WorkspaceContext workspace) {
        this.kind = kind;
        this.workspace = workspace;
    }

    @Override
    public final String kind() {
        return kind;
    }
}
