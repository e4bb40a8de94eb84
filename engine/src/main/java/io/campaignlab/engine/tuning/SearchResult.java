package io.campaignlab.engine.tuning;

import java.util.List;

/**
 * A finished search, as a run's provenance records it.
 *
 * @param strategy       how points were drawn ({@link RandomSearch#STRATEGY})
 * @param metric         the validation metric, for example {@code val_auc} or {@code val_ndcg@20}
 * @param higherIsBetter whether a higher metric is better
 * @param space          the settings searched and their values
 * @param budget         the budget given
 * @param seed           the seed of the draw
 * @param trials         every trial, in the order run
 * @param chosen         the index of the chosen trial in {@code trials}
 */
public record SearchResult(String strategy, String metric, boolean higherIsBetter, SearchSpace space,
                           SearchBudget budget, long seed, List<Trial> trials, int chosen) {

    public SearchResult {
        trials = List.copyOf(trials);
        if (chosen < 0 || chosen >= trials.size() || trials.get(chosen).failed()) {
            throw new IllegalArgumentException("the chosen trial must be one that ran");
        }
    }

    public Trial choice() {
        return trials.get(chosen);
    }
}
