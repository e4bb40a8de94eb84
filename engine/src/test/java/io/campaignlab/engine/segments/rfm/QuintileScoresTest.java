package io.campaignlab.engine.segments.rfm;

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
    void tiesShareTheScoreOfTheLowestPlaceOfTheirBlockWhenNoScoreIsLeftEmpty() {
        // a tie that empties no score keeps the percent-rank scores: p = below / 9, score = 1 + floor(5p):
        // 10 → 0; 20 → 1/9; 30, 30 → 2/9 → 2; 40 → 4/9 → 3; 50 → 5/9 → 3; 60 → 6/9 → 4; 70 → 7/9; 80 → 8/9 → 5; 90
        double[] values = {10, 20, 30, 30, 40, 50, 60, 70, 80, 90};
        assertThat(QuintileScores.of(values, true)).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(QuintileScores.levels(values, true).note("monetary")).isNull();
        // a single value, or a single customer: one level, score 1
        assertThat(QuintileScores.of(new double[]{7, 7, 7}, true)).containsExactly(1, 1, 1);
        assertThat(QuintileScores.of(new int[]{4}, false)).containsExactly(1);
        // four distinct values still reach both ends: p = 0, 1/3, 2/3, 1 → 1, 2, 4, 5 (only 4 levels can exist)
        assertThat(QuintileScores.of(new double[]{8, 10, 23, 100}, true)).containsExactly(1, 2, 4, 5);
    }

    @Test
    void aTieAcrossACutPointNoLongerEmptiesTheScoresAboveIt() {
        // six customers with one order, one each with 2, 3, 4, 5. By percent rank the 2 has 6 of 9 below → p = .67
        // → 4, so scores 2 and 3 were empty. Five distinct values make five levels, one per value.
        double[] frequency = {1, 1, 1, 1, 1, 1, 2, 3, 4, 5};
        assertThat(QuintileScores.of(frequency, true)).containsExactly(1, 1, 1, 1, 1, 1, 2, 3, 4, 5);
        assertThat(QuintileScores.levels(frequency, true).note("frequency")).isEqualTo("frequency: ties left"
                + " scores 2 and 3 empty by percent rank; cut at the tie boundaries nearest the quintiles instead,"
                + " so every score has customers.");
    }

    @Test
    void heavyTiesAreCutAtTheBoundariesNearestTheQuintiles() {
        // 20 customers: ten with 1 order, four with 2, two with 3, then 4, 5, 6 and 8 once each (7 values).
        // Percent rank: 1 → 1; 2 → 10/19 → 3; 3 → 14/19 → 4; 4 and up → 5: score 2 empty.
        // Cut instead after the block whose running count is nearest k·20/5 = 4, 8, 12, 16, keeping one block for
        // each score still to come: ends 10 | 14 16 17 → 10 (1 is score 1); 14 | 16 17 → 14 (2 is score 2);
        // 16 | 17 18 → 16 (3 is 3); 17 | 18 19 → 17 (4 is 4); 5, 6 and 8 are score 5.
        double[] frequency = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 5, 6, 8};
        assertThat(QuintileScores.of(frequency, true)).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3,
                3, 4, 5, 5, 5);
        // a big tie in the middle, spend: 1..4 once, 5 eight times, 6..13 once. Percent rank gives 6 12/19 → 4,
        // so 3 was empty. Running ends 1 2 3 4 12 13 … 20; nearest 4 → after 4; nearest 8 (from 12 on) → after 5;
        // nearest 12 (from 13 on) → after 6; nearest 16 (from 14 on) → after 9; 10..13 are 5.
        double[] spend = {13, 12, 11, 10, 9, 8, 7, 6, 5, 5, 5, 5, 5, 5, 5, 5, 4, 3, 2, 1};
        assertThat(QuintileScores.of(spend, true)).containsExactly(5, 5, 5, 5, 4, 4, 4, 3, 2, 2, 2, 2, 2, 2, 2, 2,
                1, 1, 1, 1);
        // lower is better (recency in days): worst first, 8 6 5 4 3 3 2 2 2 2 1 (×10). Percent rank: 4 → 3/19 → 1,
        // 3 → 4/19 → 2, 2 → 6/19 → 2, 1 → 10/19 → 3: scores 4 and 5 empty. Running ends 1 2 3 4 6 10 20: nearest
        // 4 among 1 2 3 → after 5; then only one choice each: after 4, after 3, after 2; the 1s are 5.
        double[] days = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 5, 6, 8};
        assertThat(QuintileScores.of(days, false)).containsExactly(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 3,
                3, 2, 1, 1, 1);
        assertThat(QuintileScores.levels(days, false).note("recency")).startsWith("recency: ties left scores 4 and"
                + " 5 empty by percent rank;");
        assertThat(QuintileScores.levels(spend, true).note("monetary")).isEqualTo("monetary: ties left score 3"
                + " empty by percent rank; cut at the tie boundaries nearest the quintiles instead, so every score"
                + " has customers.");
    }

    @Test
    void fewerThanFiveValuesMergeTheScoresAndSaySo() {
        // three customers bought yesterday, one 30 days ago: two levels, scored as the percent ranks of the levels
        // (0 and 1 → 1 and 5). By percent rank alone the three got 2, and nobody 5.
        assertThat(QuintileScores.of(new int[]{1, 1, 1, 30}, false)).containsExactly(5, 5, 5, 1);
        // 1 (×6), 2 (×3), 3: by percent rank 1 → 1, 2 → 6/9 → 4, 3 → 5; as three levels 1, 3, 5
        double[] frequency = {1, 1, 1, 1, 1, 1, 2, 2, 2, 3};
        assertThat(QuintileScores.of(frequency, true)).containsExactly(1, 1, 1, 1, 1, 1, 3, 3, 3, 5);
        assertThat(QuintileScores.levels(frequency, true).note("frequency")).isEqualTo("frequency has only 3"
                + " distinct values, so 3 levels (scores 1, 3 and 5): 2 and 4 are empty.");
    }
}
