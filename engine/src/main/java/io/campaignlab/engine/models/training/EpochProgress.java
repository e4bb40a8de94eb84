package io.campaignlab.engine.models.training;

import io.campaignlab.engine.jobs.ProgressListener;

import java.util.Locale;

/**
 * Reports training progress as rows of all epochs trained, and at most twice a second the epoch's speed.
 */
final class EpochProgress implements EpochListener {

    private static final long MESSAGE_EVERY_NANOS = 500_000_000L;

    private final ProgressListener progress;
    private final long trainRows;
    private final int batchSize;
    private long started;
    private long lastMessage;

    EpochProgress(ProgressListener progress, long trainRows, int batchSize) {
        this.progress = progress;
        this.trainRows = trainRows;
        this.batchSize = batchSize;
    }

    /** All the rows the loop may train: rows per epoch times the most epochs. */
    static long total(long trainRows, int maxEpochs) {
        return trainRows * maxEpochs;
    }

    @Override
    public void onEpochBegin(EpochLoop loop, int epoch) {
        started = System.nanoTime();
        lastMessage = started;
    }

    @Override
    public void onBatchEnd(EpochLoop loop, int epoch, long rowsDone) {
        progress.progress((epoch - 1) * trainRows + rowsDone, total(trainRows, loop.maxEpochs()));
        long now = System.nanoTime();
        if (now - lastMessage > MESSAGE_EVERY_NANOS) {
            lastMessage = now;
            double seconds = (now - started) / 1e9;
            progress.message(String.format(Locale.ROOT, "Epoch %d/%d: %,.0f rows/s, %.1f batches/s", epoch,
                    loop.maxEpochs(), rowsDone / seconds, rowsDone / seconds / batchSize));
        }
    }
}
