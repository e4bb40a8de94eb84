package io.campaignlab.engine.models.training;

import io.campaignlab.engine.evaluation.Auc;
import io.campaignlab.engine.evaluation.LogLoss;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.SplitIndices;
import io.campaignlab.engine.jobs.CancellationToken;

import io.campaignlab.engine.models.EpochReport;
import io.campaignlab.engine.models.network.NetworkSession;
import io.campaignlab.engine.models.network.Predictions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The epoch loop of CTR training, in the style of DJL's {@code EasyTrain} with its training listeners: each epoch
 * shuffles and trains on the training rows, scores the validation rows and tells its {@link EpochListener}s, in the
 * order given. What else happens is theirs: progress, the per-epoch metrics, keeping the best parameters, early
 * stopping (by {@link #stop()}) and cancellation (by throwing).
 */
final class EpochLoop {

    private final NetworkSession session;
    private final int maxEpochs;
    private final List<EpochListener> listeners;
    private boolean stopping;

    EpochLoop(NetworkSession session, int maxEpochs, List<EpochListener> listeners) {
        this.session = session;
        this.maxEpochs = maxEpochs;
        this.listeners = List.copyOf(listeners);
    }

    NetworkSession session() {
        return session;
    }

    int maxEpochs() {
        return maxEpochs;
    }

    /** Ends the loop after the current epoch's events. */
    void stop() {
        stopping = true;
    }

    /**
     * Runs epochs 1.. until {@link #stop()} or the last epoch.
     *
     * @param shuffleSeed seeds the training rows' order, one split stream per epoch
     * @param cancel      checked while scoring the validation rows
     * @return every epoch's report, in order
     */
    List<EpochReport> run(EncodedRows encoded, float[][] labels, SplitIndices split, int[] validationClicks,
                          long shuffleSeed, CancellationToken cancel) {
        listeners.forEach(l -> l.onTrainingBegin(this));
        List<EpochReport> epochs = new ArrayList<>();
        double bestAuc = Double.NEGATIVE_INFINITY;
        long trainRows = split.train().length;
        SplittableRandom shuffle = new SplittableRandom(shuffleSeed);
        for (int epoch = 1; epoch <= maxEpochs && !stopping; epoch++) {
            int e = epoch;
            listeners.forEach(l -> l.onEpochBegin(this, e));
            long started = System.nanoTime();
            double trainLoss = session.trainEpoch(encoded, labels, split.train(), shuffle.split(),
                    new CancellationToken(), done -> listeners.forEach(l -> l.onBatchEnd(this, e, done)));
            double seconds = (System.nanoTime() - started) / 1e9;
            Predictions val = session.predict(encoded, split.validation(), cancel);
            double auc = Auc.of(val.ctr(), validationClicks);
            double valLoss = LogLoss.of(val.ctr(), validationClicks);
            boolean improved = auc > bestAuc;
            if (improved) {
                bestAuc = auc;
            }
            EpochReport report = new EpochReport(epoch, trainLoss, valLoss, auc, seconds, trainRows / seconds,
                    improved);
            epochs.add(report);
            listeners.forEach(l -> l.onEpochEnd(this, report));
        }
        return epochs;
    }
}
