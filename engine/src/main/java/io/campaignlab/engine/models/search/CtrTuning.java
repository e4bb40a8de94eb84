package io.campaignlab.engine.models.search;

import io.campaignlab.engine.tuning.SearchBudget;

import java.util.List;
import java.util.Objects;

/**
 * Whether a training run chooses its settings by a search on the validation part, and how; recorded in the run's
 * parameters (key {@code tuning}) so that {@code reproduce} replays the search.
 *
 * @param auto   whether the settings are searched; when false the run trains once with its request's settings
 * @param budget how much searching is allowed
 * @param fixed  settings the user fixed with an explicit flag, taken out of the search ({@link
 *               CtrSearchSpace#FIELDS} fixes every field's representation)
 */
public record CtrTuning(boolean auto, SearchBudget budget, List<String> fixed) {

    /** No search: one training with the request's settings. */
    public static final CtrTuning OFF = new CtrTuning(false, SearchBudget.trials(1), List.of());

    public CtrTuning {
        Objects.requireNonNull(budget, "budget");
        fixed = fixed == null ? List.of() : List.copyOf(fixed);
    }

    /** A search with the given budget and fixed settings. */
    public static CtrTuning auto(SearchBudget budget, List<String> fixed) {
        return new CtrTuning(true, budget, fixed);
    }

    /** The same search limited to exactly {@code trials} trials and no clock: a replay of a finished search. */
    public CtrTuning replaying(int trials) {
        return new CtrTuning(auto, SearchBudget.trials(trials), fixed);
    }
}
