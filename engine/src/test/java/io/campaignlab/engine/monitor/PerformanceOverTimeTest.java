package io.campaignlab.engine.monitor;

import io.campaignlab.engine.frames.FrameColumn;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Performance per day and per ISO week on a fixture small enough to work out by hand. */
class PerformanceOverTimeTest {

    // Wednesday 2025-12-31: scores 0.9 (1), 0.8 (0), 0.4 (1), 0.2 (0)
    // Thursday 2026-01-01:  scores 0.7 (1), 0.3 (0), 0.3 (1)
    // Monday 2026-01-05:    scores 0.6 (0), 0.1 (0)
    // and one row without a time
    private static final long[] TIMES = {
            at(2025, 12, 31, 9), at(2025, 12, 31, 23), at(2025, 12, 31, 0), at(2025, 12, 31, 12),
            at(2026, 1, 1, 0), at(2026, 1, 1, 8), at(2026, 1, 1, 23),
            at(2026, 1, 5, 10), at(2026, 1, 5, 11),
            FrameColumn.MISSING_TIME};
    private static final double[] SCORES = {0.9, 0.8, 0.4, 0.2, 0.7, 0.3, 0.3, 0.6, 0.1, 0.5};
    private static final int[] LABELS = {1, 0, 1, 0, 1, 0, 1, 0, 0, 1};

    @Test
    void dailyBucketsHoldTheHandWorkedMetrics() {
        PerformanceTimeline timeline = PerformanceOverTime.of(TIMES, SCORES, LABELS, TimeBucket.DAY);

        assertThat(timeline.skippedRows()).isEqualTo(1);
        assertThat(timeline.labelled()).isTrue();
        assertThat(timeline.buckets()).extracting(PerformanceBucket::label)
                .containsExactly("2025-12-31", "2026-01-01", "2026-01-05");

        PerformanceBucket wednesday = timeline.buckets().get(0);
        assertThat(wednesday.rows()).isEqualTo(4);
        assertThat(wednesday.startMillis()).isEqualTo(at(2025, 12, 31, 0));
        assertThat(wednesday.endMillis()).isEqualTo(at(2026, 1, 1, 0));
        assertThat(wednesday.meanPredicted()).isCloseTo((0.9 + 0.8 + 0.4 + 0.2) / 4, within(1e-12));
        assertThat(wednesday.actualRate()).isEqualTo(0.5);
        // positives {0.9, 0.4}, negatives {0.8, 0.2}: pairs won (0.9>0.8), (0.9>0.2), (0.4>0.2); lost (0.4<0.8)
        assertThat(wednesday.auc()).isCloseTo(3.0 / 4, within(1e-12));
        assertThat(wednesday.logLoss()).isCloseTo(
                -(Math.log(0.9) + Math.log(0.2) + Math.log(0.4) + Math.log(0.8)) / 4, within(1e-12));
        // ten equal-width bins: [0.2,0.3) holds 0.2 (0), [0.4,0.5) 0.4 (1), [0.8,0.9) 0.8 (0), [0.9,1] 0.9 (1)
        // ECE = ¼(|0 − 0.2| + |1 − 0.4| + |0 − 0.8| + |1 − 0.9|) = ¼(0.2 + 0.6 + 0.8 + 0.1)
        assertThat(wednesday.expectedCalibrationError()).isCloseTo(1.7 / 4, within(1e-12));
        assertThat(wednesday.note()).isEmpty();

        PerformanceBucket thursday = timeline.buckets().get(1);
        // positives {0.7, 0.3}, negative {0.3}: 0.7 beats it, 0.3 ties it (counts one half) → (1 + 0.5) / 2
        assertThat(thursday.auc()).isCloseTo(0.75, within(1e-12));
        assertThat(thursday.actualRate()).isCloseTo(2.0 / 3, within(1e-12));

        PerformanceBucket monday = timeline.buckets().get(2);
        assertThat(monday.actualRate()).isZero();
        assertThat(monday.auc()).isNaN();
        assertThat(monday.note()).isEqualTo("AUC needs both classes: all 2 labels are 0");
        // log loss and ECE are defined for one class: −½(ln 0.4 + ln 0.9); ECE = ½(0.6 + 0.1)
        assertThat(monday.logLoss()).isCloseTo(-(Math.log(0.4) + Math.log(0.9)) / 2, within(1e-12));
        assertThat(monday.expectedCalibrationError()).isCloseTo(0.35, within(1e-12));
    }

    @Test
    void isoWeeksStartOnMondayAndBelongToTheirWeekBasedYear() {
        PerformanceTimeline timeline = PerformanceOverTime.of(TIMES, SCORES, LABELS, TimeBucket.ISO_WEEK);

        // Wednesday 2025-12-31 and Thursday 2026-01-01 fall in the week from Monday 2025-12-29, ISO week 2026-W01
        assertThat(timeline.buckets()).extracting(PerformanceBucket::label).containsExactly("2026-W01", "2026-W02");
        PerformanceBucket first = timeline.buckets().get(0);
        assertThat(first.startMillis()).isEqualTo(at(2025, 12, 29, 0));
        assertThat(first.endMillis()).isEqualTo(at(2026, 1, 5, 0));
        assertThat(first.rows()).isEqualTo(7);
        // positives 0.9, 0.4, 0.7, 0.3; negatives 0.8, 0.2, 0.3. Wins: 0.9 → 3, 0.4 → 2 (0.2, 0.3),
        // 0.7 → 2 (0.2, 0.3), 0.3 → 1 (0.2) + a tie with 0.3 (½) → 8.5 of 12 pairs
        assertThat(first.auc()).isCloseTo(8.5 / 12, within(1e-12));
        assertThat(first.actualRate()).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void withoutLabelsOnlyCountsAndMeanScoresAreGiven() {
        PerformanceTimeline timeline = PerformanceOverTime.of(TIMES, SCORES, null, TimeBucket.DAY);

        assertThat(timeline.labelled()).isFalse();
        assertThat(timeline.buckets()).allSatisfy(b -> {
            assertThat(b.actualRate()).isNaN();
            assertThat(b.auc()).isNaN();
            assertThat(b.logLoss()).isNaN();
            assertThat(b.expectedCalibrationError()).isNaN();
            assertThat(b.note()).isEqualTo("no labels");
        });
        assertThat(timeline.buckets().get(2).meanPredicted()).isCloseTo(0.35, within(1e-12));
    }

    @Test
    void rejectsScoresThatAreNotProbabilitiesAndMismatchedLengths() {
        assertThatThrownBy(() -> PerformanceOverTime.of(new long[]{0}, new double[]{1.5}, null, TimeBucket.DAY))
                .hasMessageContaining("probabilities");
        assertThatThrownBy(() -> PerformanceOverTime.of(new long[]{0}, new double[]{0.5}, new int[]{2},
                TimeBucket.DAY)).hasMessageContaining("0 or 1");
        assertThatThrownBy(() -> PerformanceOverTime.of(new long[]{0, 1}, new double[]{0.5}, null, TimeBucket.DAY))
                .hasMessageContaining("same length");
    }

    private static long at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).toEpochSecond(ZoneOffset.UTC) * 1000;
    }
}
