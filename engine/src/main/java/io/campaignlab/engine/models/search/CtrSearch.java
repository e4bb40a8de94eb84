package io.campaignlab.engine.models.search;

import ai.djl.Device;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.EpochReport;
import io.campaignlab.engine.models.TrainedModel;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.models.training.CtrFit;
import io.campaignlab.engine.models.training.CtrPrepared;
import io.campaignlab.engine.models.training.CtrTraining;
import io.campaignlab.engine.tuning.RandomSearch;
import io.campaignlab.engine.tuning.SearchBudget;
import io.campaignlab.engine.tuning.SearchResult;
import io.campaignlab.engine.tuning.SearchSpace;
import io.campaignlab.engine.tuning.Trial;

import java.util.function.Consumer;

/**
 * A CTR training whose settings are chosen on validation: every trial trains on the training rows with one grid
 * point's settings and is scored by its validation AUC ({@code val_auc}); the test part is then read once, by the
 * chosen trial's own trained network (it is kept, not retrained).
 */
public final class CtrSearch {

    /** The validation metric trials are scored by. */
    public static final String METRIC = "val_auc";

    private CtrSearch() {
    }

    /**
     * What a search produced.
     *
     * @param model  the chosen trial's network, evaluated on the test part
     * @param search the space, budget, seed, every trial and the choice
     * @param chosen the request with the chosen settings applied
     */
    public record Outcome(TrainedModel model, SearchResult search, TrainingRequest chosen) {
    }

    /**
     * Runs the search on prepared rows, then tests the choice once.
     *
     * @param epochListener hears the chosen trial's epochs, once the choice is made
     * @param onTrial       hears each finished trial
     */
    public static Outcome run(CtrPrepared prepared, TrainingRequest request, SearchSpace space, SearchBudget budget,
                              Device device, Consumer<EpochReport> epochListener, Consumer<Trial> onTrial,
                              ProgressListener progress, CancellationToken cancel) {
        Best best = new Best();
        ProgressListener trialProgress = messagesOnly(progress);
        RandomSearch search = new RandomSearch(space, budget, request.seed(), METRIC, true);
        int[] next = {0};
        SearchResult result = search.run(settings -> {
            int index = next[0]++;
            CtrFit fit = CtrTraining.fit(prepared, CtrSearchSpace.apply(request, settings), device, e -> {
            }, trialProgress, cancel);
            best.offer(index, fit);
            return fit.validation().auc();
        }, onTrial, progress, cancel);
        TrainingRequest chosen = CtrSearchSpace.apply(request, result.choice().settings());
        CtrFit fit = best.index == result.chosen() ? best.fit
                : CtrTraining.fit(prepared, chosen, device, e -> { }, trialProgress, cancel);
        fit.epochs().forEach(epochListener);
        progress.message("Evaluating the chosen settings on the test part");
        return new Outcome(CtrTraining.test(prepared, fit, chosen, device, cancel), result, chosen);
    }

    /** Keeps the best trial's trained network so far: a strictly higher validation AUC wins, as in the search. */
    private static final class Best {
        private int index = -1;
        private CtrFit fit;

        void offer(int trial, CtrFit candidate) {
            double auc = candidate.validation().auc();
            if (!Double.isNaN(auc) && (fit == null || auc > fit.validation().auc())) {
                index = trial;
                fit = candidate;
            }
        }
    }

    /** Forwards a trial's messages but not its epoch progress: the search reports progress by trials. */
    private static ProgressListener messagesOnly(ProgressListener progress) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public void message(String text) {
                progress.message(text);
            }
        };
    }
}
