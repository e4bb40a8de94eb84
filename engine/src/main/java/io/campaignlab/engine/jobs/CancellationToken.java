package io.campaignlab.engine.jobs;

/** A cooperative cancel flag. The job checks it between units of work and stops by throwing {@link CancelledException}. */
public final class CancellationToken {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancelledException} once {@link #cancel()} has been called. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancelledException();
        }
    }
}
