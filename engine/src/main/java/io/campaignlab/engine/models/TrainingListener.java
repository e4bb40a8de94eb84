package io.campaignlab.engine.models;

/** Hears about each finished epoch, on the worker thread. */
@FunctionalInterface
public interface TrainingListener {

    void epochFinished(long runId, EpochReport report);

    static TrainingListener none() {
        return (runId, report) -> {
        };
    }
}
