package io.campaignlab.engine.segments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Quintile scores by percent rank, worked by hand. */
class QuintileScoresTest {

    @Test
    void tenDistinctValuesGiveTwoPerQuintile() {
        // rank i (1..10): p = (i − 1) / 9, score = 1 + floor(5p): 0, .56, 1.11, 1.67, 2.22, 2.78, 3.33, 3.89, 4.44, 5
        double[] values = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertThat(QuintileScores.of(values, true)).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(QuintileScores.of(values, false)).containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
    }

    @Test
    void rowOrderDoesNotMatter() {
        double[] values = {70, 10, 100, 40, 20, 90, 30, 60, 80, 50};
        assertThat(QuintileScores.of(values, true)).containsExactly(4, 1, 5, 2, 1, 5, 2, 3, 4, 3);
    }

    @Test
    void tiesShareTheScoreOfTheLowestPlaceOfTheirBlock() {
        // six 1s: none below → 1; 2: 6 below of 9 → 1 + floor(3.33) = 4; 3: 7/9 → 4; 4: 8/9 → 5; 5: 9/9 → 5
        double[] frequency = {1, 1, 1, 1, 1, 1, 2, 3, 4, 5};
        assertThat(QuintileScores.of(frequency, true)).containsExactly(1, 1, 1, 1, 1, 1, 4, 4, 5, 5);
        // recency in days, lower is better: three customers bought yesterday, 1 below them of 4 → p = 1/3 → 2
        assertThat(QuintileScores.of(new int[]{1, 1, 1, 30}, false)).containsExactly(2, 2, 2, 1);
        assertThat(QuintileScores.of(new double[]{7, 7, 7}, true)).containsExactly(1, 1, 1);
        assertThat(QuintileScores.of(new int[]{4}, false)).containsExactly(1);
        // four distinct values still reach both ends: p = 0, 1/3, 2/3, 1 → 1, 2, 4, 5
        assertThat(QuintileScores.of(new double[]{8, 10, 23, 100}, true)).containsExactly(1, 2, 4, 5);
    }
}
