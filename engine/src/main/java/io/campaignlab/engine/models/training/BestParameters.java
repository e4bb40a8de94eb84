package io.campaignlab.engine.models.training;

import io.campaignlab.engine.models.EpochReport;

/**
 * Keeps the parameters of the best epoch so far (the initial ones before the first), to restore when training ends.
 */
final class BestParameters implements EpochListener {

    private byte[] parameters;
    private int epoch;

    @Override
    public void onTrainingBegin(EpochLoop loop) {
        parameters = loop.session().saveParameters();
    }

    @Override
    public void onEpochEnd(EpochLoop loop, EpochReport report) {
        if (report.best()) {
            epoch = report.epoch();
            parameters = loop.session().saveParameters();
        }
    }

    byte[] parameters() {
        return parameters;
    }

    /** The best epoch, 0 before the first. */
    int epoch() {
        return epoch;
    }
}
