package io.campaignlab.engine.recommend.search;

import io.campaignlab.engine.tuning.SearchBudget;

import java.util.Set;

/**
 * Whether a run's settings are searched, how much, and which settings the user fixed.
 *
 * @param auto   search the settings on validation ({@code --tune auto}); false trains once with the given settings
 * @param budget the budget, or null for the model family's default
 * @param fixed  the settings given explicitly (names of {@link RecommenderSearchSpace}); they are not searched
 */
public record Tuning(boolean auto, SearchBudget budget, Set<String> fixed) {

    public Tuning {
        fixed = fixed == null ? Set.of() : Set.copyOf(fixed);
    }

    /** No search: the settings as given (what runs recorded before the search existed read as). */
    public static Tuning off() {
        return new Tuning(false, null, Set.of());
    }

    /** The search with the family's default budget and nothing fixed. */
    public static Tuning auto(SearchBudget budget, Set<String> fixed) {
        return new Tuning(true, budget, fixed);
    }
}
