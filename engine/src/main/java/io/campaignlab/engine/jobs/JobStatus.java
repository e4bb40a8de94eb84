package io.campaignlab.engine.jobs;

/** Where a job is in its life. {@code INTERRUPTED} marks a job that was running when its process died. */
public enum JobStatus {
    RUNNING, COMPLETED, FAILED, CANCELLED, INTERRUPTED;

    public boolean isFinal() {
        return this != RUNNING;
    }
}
