package io.campaignlab.engine.explain.importance;

/**
 * Settings of {@link PermutationImportance}.
 *
 * @param repeats permutations per player, at least 2 (the interval needs a spread)
 * @param maxRows score at most this many rows, a seeded random sample of the given ones; 0 for all
 * @param seed    drives the row sample and every permutation
 */
public record PermutationSpec(int repeats, int maxRows, long seed) {

    public PermutationSpec {
        if (repeats < 2) {
            throw new IllegalArgumentException("permutation importance needs at least 2 repeats, was " + repeats);
        }
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative, was " + maxRows);
        }
    }

    /** 5 repeats on at most 20,000 rows, seed 42. */
    public static PermutationSpec defaults() {
        return new PermutationSpec(5, 20_000, 42);
    }
}
