package io.campaignlab.engine.monitor;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Features that grow with time by construction are compared with a time-matched reference. A made-up history of 28
 * days: {@code bh_user_impressions} is a Poisson count with mean 2 per elapsed day (it grows by construction),
 * {@code plain} a stationary normal, {@code bh_user_last_categories} a {@code |}-joined list of three of 30
 * categories. The reference is a random 75% of all days (a random split), the current sample the other rows of the
 * last week.
 */
class TimeMatchedReferenceTest {

    private static final long DAY = 86_400_000L;
    private static final int ROWS = 8_000;

    @Test
    void aGrowingCountAlertsAgainstAllTrainingRowsButNotAgainstTheSameDays() {
        Sample s = sample(0.0, 0.0);
        DriftReport naive = DriftReporter.compare(s.reference, s.current, COLUMNS);
        assertThat(naive.alerts()).contains("bh_user_impressions");

        DriftReport matched = TimeMatchedReference.compare(s.reference, s.referenceTimes, s.current, s.currentTimes,
                COLUMNS, DriftSettings.defaults());
        assertThat(matched.alerts()).isEmpty();
        assertThat(matched.row("bh_user_impressions").note()).startsWith("time-matched: the ");
        assertThat(matched.row("plain").note()).isEmpty();
        // the list column is compared value by value: joined, nearly every row is its own category
        assertThat(matched.row("bh_user_last_categories").note()).startsWith("multi-valued");
    }

    @Test
    void realDriftStillAlertsInBothKindsOfColumn() {
        // the current week's counts are 30% higher than the same days' training rows, and plain shifts by 0.5 sd
        Sample s = sample(0.3, 0.5);
        DriftReport matched = TimeMatchedReference.compare(s.reference, s.referenceTimes, s.current, s.currentTimes,
                COLUMNS, DriftSettings.defaults());
        assertThat(matched.alerts()).containsExactlyInAnyOrder("bh_user_impressions", "plain");
    }

    @Test
    void aReferenceWithoutTheCurrentDaysUsesItsLatestSpan() {
        long[] reference = {0, DAY, 2 * DAY, 3 * DAY, 3 * DAY + 5, 4 * DAY - 1};
        long[] current = {10 * DAY, 10 * DAY + 100};
        TimeMatchedReference m = TimeMatchedReference.of(reference, current);
        // latest reference instant 4·DAY − 1; span one day: rows from 3·DAY on
        assertThat(m.rows()).containsExactly(3, 4, 5);
        assertThat(m.description()).contains("latest 3 rows over 1 days");
        assertThat(TimeMatchedReference.of(null, current)).isNull();
    }

    @Test
    void listsSplitIntoTheirValues() {
        assertThat(TimeMatchedReference.tokens(new String[] {"a|b", null, "c"})).containsExactly("a", "b", null, "c");
    }

    private static final List<String> COLUMNS = List.of("plain", "bh_user_impressions", "bh_user_last_categories");

    private record Sample(Frame reference, long[] referenceTimes, Frame current, long[] currentTimes) {
    }

    private static Sample sample(double countLift, double plainShift) {
        Random random = new Random(16);
        long[] times = new long[ROWS];
        double[] counts = new double[ROWS];
        double[] plain = new double[ROWS];
        String[] lists = new String[ROWS];
        boolean[] train = new boolean[ROWS];
        for (int i = 0; i < ROWS; i++) {
            times[i] = (long) (random.nextDouble() * 28 * DAY);
            double days = times[i] / (double) DAY;
            train[i] = random.nextDouble() < 0.75;
            boolean lateCurrent = !train[i] && days >= 21;
            counts[i] = poisson(random, 2 * days * (lateCurrent ? 1 + countLift : 1));
            plain[i] = random.nextGaussian() + (lateCurrent ? plainShift : 0);
            lists[i] = random.nextInt(30) + "|" + random.nextInt(30) + "|" + random.nextInt(30);
        }
        int[] ref = java.util.stream.IntStream.range(0, ROWS).filter(i -> train[i]).toArray();
        int[] cur = java.util.stream.IntStream.range(0, ROWS).filter(i -> !train[i] && times[i] >= 21 * DAY)
                .toArray();
        Frame all = Frame.of("t", java.util.stream.LongStream.range(0, ROWS).toArray(), List.of(
                new FrameColumn.Numbers("plain", plain), new FrameColumn.Numbers("bh_user_impressions", counts),
                new FrameColumn.Texts("bh_user_last_categories", lists)));
        return new Sample(all.select(ref), pick(times, ref), all.select(cur), pick(times, cur));
    }

    private static long[] pick(long[] values, int[] rows) {
        return java.util.Arrays.stream(rows).mapToLong(r -> values[r]).toArray();
    }

    private static double poisson(Random random, double mean) {
        // normal approximation above 30, Knuth's product method below
        if (mean > 30) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
