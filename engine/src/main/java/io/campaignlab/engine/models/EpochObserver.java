package io.campaignlab.engine.models;


/**
 * Hears about each finished epoch of a recorded training run, on the worker thread (named apart from DJL's
 * {@code ai.djl.training.listener.TrainingListener}; the loop's own events go to {@code training.EpochListener}s).
 */
@FunctionalInterface
public interface EpochObserver {

    void epochFinished(long runId, EpochReport report);

    static EpochObserver none() {
        return (runId, report) -> {
        };
    }
}
