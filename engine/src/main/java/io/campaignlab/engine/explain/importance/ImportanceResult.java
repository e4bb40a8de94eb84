package io.campaignlab.engine.explain.importance;

import java.util.List;

/**
 * Permutation importance of every player.
 *
 * @param baselineAuc the AUC of the unpermuted rows
 * @param rows        rows scored
 * @param repeats     permutations per player
 * @param players     every player, by mean drop, largest first
 */
public record ImportanceResult(double baselineAuc, int rows, int repeats, List<PlayerImportance> players) {

    public ImportanceResult {
        players = List.copyOf(players);
    }
}
