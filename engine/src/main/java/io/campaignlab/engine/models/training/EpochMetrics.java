package io.campaignlab.engine.models.training;

import io.campaignlab.engine.models.EpochReport;
import java.util.function.Consumer;

/** Passes each epoch's figures (training loss, validation loss and AUC, speed) on, to be recorded or shown. */
final class EpochMetrics implements EpochListener {

    private final Consumer<EpochReport> sink;

    EpochMetrics(Consumer<EpochReport> sink) {
        this.sink = sink;
    }

    @Override
    public void onEpochEnd(EpochLoop loop, EpochReport report) {
        sink.accept(report);
    }
}
