package io.campaignlab.engine.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LiftTableTest {

    @Test
    void handComputedDecilesOnTwentyRows() {
        // rank r (0 = highest score) has score 1 - r/20; ranks 0,1,2,4,7,11 are positive (6 of 20, rate 0.3).
        // The rows are stored out of order, at index 7r mod 20.
        double[] scores = new double[20];
        int[] labels = new int[20];
        List<Integer> positiveRanks = List.of(0, 1, 2, 4, 7, 11);
        for (int r = 0; r < 20; r++) {
            scores[(7 * r) % 20] = 1.0 - r / 20.0;
            labels[(7 * r) % 20] = positiveRanks.contains(r) ? 1 : 0;
        }
        LiftTable table = LiftTable.of(scores, labels);
        assertThat(table.count()).isEqualTo(20);
        assertThat(table.positives()).isEqualTo(6);
        assertThat(table.overallRate()).isCloseTo(0.3, within(1e-15));
        List<LiftRow> rows = table.rows();
        assertThat(rows).hasSize(10);
        assertThat(rows).extracting(LiftRow::group).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(rows).extracting(LiftRow::count).containsOnly(2L);
        // deciles hold ranks {0,1} {2,3} {4,5} {6,7} {8,9} {10,11} {12,13} ...
        assertThat(rows).extracting(LiftRow::positives).containsExactly(2L, 1L, 1L, 1L, 0L, 1L, 0L, 0L, 0L, 0L);
        double[] rates = {1.0, 0.5, 0.5, 0.5, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0};
        double[] lifts = {10.0 / 3, 5.0 / 3, 5.0 / 3, 5.0 / 3, 0.0, 5.0 / 3, 0.0, 0.0, 0.0, 0.0};
        double[] gains = {2.0 / 6, 3.0 / 6, 4.0 / 6, 5.0 / 6, 5.0 / 6, 1.0, 1.0, 1.0, 1.0, 1.0};
        for (int d = 0; d < 10; d++) {
            assertThat(rows.get(d).rate()).as("rate %d", d).isCloseTo(rates[d], within(1e-12));
            assertThat(rows.get(d).lift()).as("lift %d", d).isCloseTo(lifts[d], within(1e-12));
            assertThat(rows.get(d).cumulativeGain()).as("gain %d", d).isCloseTo(gains[d], within(1e-12));
        }
    }

    @Test
    void tiesAreBrokenByOriginalIndex() {
        double[] scores = new double[20];
        int[] labels = new int[20];
        for (int i = 0; i < 20; i++) {
            scores[i] = 0.5;
            labels[i] = i < 4 || i == 19 ? 1 : 0;
        }
        LiftTable table = LiftTable.of(scores, labels);
        assertThat(table.rows()).extracting(LiftRow::positives)
                .containsExactly(2L, 2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
    }

    @Test
    void remainderGoesToTheFirstGroups() {
        double[] scores = new double[23];
        int[] labels = new int[23];
        for (int i = 0; i < 23; i++) {
            scores[i] = i / 23.0;
            labels[i] = i % 3 == 0 ? 1 : 0;
        }
        assertThat(LiftTable.of(scores, labels).rows()).extracting(LiftRow::count)
                .containsExactly(3L, 3L, 3L, 2L, 2L, 2L, 2L, 2L, 2L, 2L);
        assertThat(LiftTable.of(scores, labels, 4).rows()).extracting(LiftRow::count)
                .containsExactly(6L, 6L, 6L, 5L);
    }

    @Test
    void cumulativeGainEndsAtOneAndNeverDecreases() {
        Random random = new Random(3);
        double[] scores = new double[997];
        int[] labels = new int[997];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.round(random.nextDouble() * 10) / 10.0;
            labels[i] = random.nextDouble() < 0.1 + 0.3 * scores[i] ? 1 : 0;
        }
        List<LiftRow> rows = LiftTable.of(scores, labels).rows();
        assertThat(rows.get(rows.size() - 1).cumulativeGain()).isEqualTo(1.0);
        for (int d = 1; d < rows.size(); d++) {
            assertThat(rows.get(d).cumulativeGain()).isGreaterThanOrEqualTo(rows.get(d - 1).cumulativeGain());
        }
        assertThat(rows.stream().mapToLong(LiftRow::count).sum()).isEqualTo(997);
    }

    @Test
    void randomScoresHaveLiftNearOne() {
        Random random = new Random(99);
        int n = 100_000;
        double[] scores = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextDouble();
            labels[i] = random.nextDouble() < 0.2 ? 1 : 0;
        }
        for (LiftRow row : LiftTable.of(scores, labels).rows()) {
            assertThat(row.lift()).isCloseTo(1.0, within(0.1));
            assertThat(row.cumulativeGain()).isCloseTo(row.group() / 10.0, within(0.02));
        }
    }

    @Test
    void rejectsNoPositivesAndTooFewRows() {
        assertThatThrownBy(() -> LiftTable.of(new double[12], new int[12]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no positives");
        assertThatThrownBy(() -> LiftTable.of(new double[] {0.1, 0.2}, new int[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 10 rows");
    }
}
