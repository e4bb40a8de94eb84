package io.campaignlab.engine.models.training;

import io.campaignlab.engine.jobs.CancellationToken;

/** Ends training with a {@link io.campaignlab.engine.jobs.CancelledException} once cancelled: before each batch. */
final class CancelOnRequest implements EpochListener {

    private final CancellationToken cancel;

    CancelOnRequest(CancellationToken cancel) {
        this.cancel = cancel;
    }

    @Override
    public void onEpochBegin(EpochLoop loop, int epoch) {
        cancel.throwIfCancelled();
    }

    @Override
    public void onBatchEnd(EpochLoop loop, int epoch, long rowsDone) {
        cancel.throwIfCancelled();
    }
}
