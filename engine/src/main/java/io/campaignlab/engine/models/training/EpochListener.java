package io.campaignlab.engine.models.training;

import io.campaignlab.engine.models.EpochReport;

/**
 * Hears the events of an {@link EpochLoop}, on the training thread (the idea of DJL's training listeners). Every
 * event does nothing unless overridden; a listener that throws ends the training with its exception.
 */
interface EpochListener {

    /** Before the first epoch. */
    default void onTrainingBegin(EpochLoop loop) {
    }

    /** Before an epoch's first batch. */
    default void onEpochBegin(EpochLoop loop, int epoch) {
    }

    /** After each training batch, with the epoch's rows trained so far. */
    default void onBatchEnd(EpochLoop loop, int epoch, long rowsDone) {
    }

    /** After an epoch is trained and validated. */
    default void onEpochEnd(EpochLoop loop, EpochReport report) {
    }
}
