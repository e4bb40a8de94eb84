package io.campaignlab.engine.explain;

/**
 * Settings of {@link FieldShapley}. One explanation makes {@code repeats × backgroundRows × walksPerBackgroundRow}
 * walks through the players, each costing players − 1 scored rows.
 *
 * @param backgroundRows        background rows to sample when the background is drawn from a larger set
 * @param walksPerBackgroundRow walks per background row in each repeat; with {@code antithetic}, an even number
 * @param repeats               independent repeats, at least 2; each uses every background row equally, and the
 *                              spread of a player's value across them is reported
 * @param antithetic            pair each random player order with its reverse (lower variance; exact for two
 *                              players)
 * @param seed                  drives background sampling and player orders
 */
public record ShapleySpec(int backgroundRows, int walksPerBackgroundRow, int repeats, boolean antithetic, long seed) {

    public ShapleySpec {
        if (backgroundRows < 1 || walksPerBackgroundRow < 1) {
            throw new IllegalArgumentException("background rows and walks per background row must be positive");
        }
        if (repeats < 2) {
            throw new IllegalArgumentException("Shapley values need at least 2 repeats for their spread, was "
                    + repeats);
        }
        if (antithetic && walksPerBackgroundRow % 2 != 0) {
            throw new IllegalArgumentException("antithetic walks come in pairs; walks per background row must be"
                    + " even, was " + walksPerBackgroundRow);
        }
    }

    /**
     * One row, interactively: 100 background rows, 2 walks each (an antithetic pair), 5 repeats: 1,000 walks, about
     * 29,000 scored rows for 30 players.
     */
    public static ShapleySpec defaults() {
        return new ShapleySpec(100, 2, 5, true, 42);
    }

    /**
     * Many rows, to be averaged (audiences): 50 background rows, one antithetic pair each, 2 repeats: 200 walks a row.
     */
    public static ShapleySpec forAudiences() {
        return new ShapleySpec(50, 2, 2, true, 42);
    }

    public int walks() {
        return Math.multiplyExact(Math.multiplyExact(backgroundRows, walksPerBackgroundRow), repeats);
    }
}
