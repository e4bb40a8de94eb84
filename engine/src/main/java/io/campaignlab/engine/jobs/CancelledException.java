package io.campaignlab.engine.jobs;

/** Thrown inside a job when its {@link CancellationToken} was cancelled. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled by the user");
    }
}
