package io.campaignlab.engine.models.training;

import io.campaignlab.engine.models.EpochReport;

/** Stops the loop once {@code patience} epochs in a row have not beaten the best validation AUC. */
final class EarlyStopping implements EpochListener {

    private final int patience;
    private int bestEpoch;

    EarlyStopping(int patience) {
        this.patience = patience;
    }

    @Override
    public void onEpochEnd(EpochLoop loop, EpochReport report) {
        if (report.best()) {
            bestEpoch = report.epoch();
        }
        if (report.epoch() - bestEpoch >= patience) {
            loop.stop();
        }
    }
}
