package io.campaignlab.engine.features;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Splits against hand-counted part sizes, plus the invariants every split must keep. */
class SplitterTest {

    private static final long DAY = 86_400_000L;

    @Test
    void randomSplitWithoutLabelsCutsAtTheRoundedShares() {
        SplitIndices split = Splitter.split(SplitSpec.of(SplitKind.RANDOM, 1), 1000, null, null, null);
        assertPartition(split, 1000);
        assertThat(sizes(split)).containsExactly(800, 100, 100);
        // 1001 rows at 0.7 / 0.2: round(700.7) = 701, round(900.9) = 901 -> 701 / 200 / 100
        SplitIndices other = Splitter.split(new SplitSpec(SplitKind.RANDOM, 0.7, 0.2, 5), 1001, null, null, null);
        assertPartition(other, 1001);
        assertThat(sizes(other)).containsExactly(701, 200, 100);
    }

    @Test
    void randomSplitIsStratifiedByLabel() {
        // positives where i % 7 == 3: 143 of 1000. Positives: round(114.4) = 114, round(128.7) = 129 -> 114 / 15 / 14.
        // Negatives (857): round(685.6) = 686, round(771.3) = 771 -> 686 / 85 / 86.
        double[] labels = new double[1000];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 7 == 3 ? 1 : 0;
        }
        SplitIndices split = Splitter.split(SplitSpec.of(SplitKind.RANDOM, 42), 1000, labels, null, null);
        assertPartition(split, 1000);
        assertThat(sizes(split)).containsExactly(800, 100, 100);
        assertThat(positives(split.train(), labels)).isEqualTo(114);
        assertThat(positives(split.validation(), labels)).isEqualTo(15);
        assertThat(positives(split.test(), labels)).isEqualTo(14);
    }

    @Test
    void everyPartKeepsThePositiveRateWithinOneRow() {
        Random random = new Random(8);
        for (int round = 0; round < 40; round++) {
            int n = 10 + random.nextInt(3000);
            double rate = random.nextDouble() * 0.5;
            double[] labels = new double[n];
            int total = 0;
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextDouble() < rate ? 1 : 0;
                total += (int) labels[i];
            }
            double train = 0.5 + random.nextDouble() * 0.4;
            double val = (1 - train) * (0.2 + random.nextDouble() * 0.6);
            SplitSpec spec = new SplitSpec(SplitKind.RANDOM, train, val, random.nextLong());
            SplitIndices split = Splitter.split(spec, n, labels, null, null);
            assertPartition(split, n);
            double overall = (double) total / n;
            for (int[] part : parts(split)) {
                assertThat(Math.abs(positives(part, labels) - overall * part.length)).as("round " + round)
                        .isLessThanOrEqualTo(1.0);
            }
            assertThat(Math.abs(split.train().length - train * n)).isLessThanOrEqualTo(1.0);
            assertThat(Math.abs(split.validation().length - val * n)).isLessThanOrEqualTo(2.0);
        }
    }

    @Test
    void timeSplitGivesWholeDaysInOrderNearestToTheShares() {
        // 50 / 30 / 10 / 10 rows on four days: cumulative 50, 80, 90, 100 -> train days 0-1, validation day 2, test 3
        int[] perDay = {50, 30, 10, 10};
        long firstDay = 19_500;
        long[] times = shuffledTimes(perDay, firstDay, new Random(1));
        SplitIndices split = Splitter.split(SplitSpec.of(SplitKind.TIME, 3), 100, null, times, null);
        assertPartition(split, 100);
        assertThat(sizes(split)).containsExactly(80, 10, 10);
        assertThat(days(split.train(), times)).containsExactly(firstDay, firstDay + 1);
        assertThat(days(split.validation(), times)).containsExactly(firstDay + 2);
        assertThat(days(split.test(), times)).containsExactly(firstDay + 3);
        assertTimeOrder(split, times);
    }

    @Test
    void timeSplitTakesTheEarlierDayBoundaryOnATie() {
        // 40 / 30 / 20 / 10: target 80 is 10 from both 70 and 90 -> 70 (2 days); validation then day 2, test day 3
        long[] times = shuffledTimes(new int[] {40, 30, 20, 10}, 100, new Random(2));
        SplitIndices split = Splitter.split(SplitSpec.of(SplitKind.TIME, 3), 100, null, times, null);
        assertThat(sizes(split)).containsExactly(70, 20, 10);
        assertTimeOrder(split, times);
    }

    @Test
    void timeSplitOnManyEvenDaysHonoursTheShares() {
        int[] perDay = new int[100];
        Arrays.fill(perDay, 10);
        long[] times = shuffledTimes(perDay, 0, new Random(3));
        SplitIndices split = Splitter.split(new SplitSpec(SplitKind.TIME, 0.6, 0.25, 0), 1000, null, times, null);
        assertPartition(split, 1000);
        assertThat(sizes(split)).containsExactly(600, 250, 150);
        assertTimeOrder(split, times);
    }

    @Test
    void timeSplitKeepsEveryPartNonEmptyAndUsesUtcDaysBeforeTheEpochToo() {
        // one row on each of days -2, -1 and 0: -1 ms is still day -1
        long[] times = {0, -1, -DAY - 1};
        SplitIndices split = Splitter.split(SplitSpec.of(SplitKind.TIME, 0), 3, null, times, null);
        assertThat(split.train()).containsExactly(2);
        assertThat(split.validation()).containsExactly(1);
        assertThat(split.test()).containsExactly(0);
        // the same day, late in the evening and just after midnight UTC
        long[] twoDays = {5 * DAY + 1, 6 * DAY - 1, 6 * DAY, 7 * DAY + 3};
        SplitIndices other = Splitter.split(new SplitSpec(SplitKind.TIME, 0.5, 0.25, 0), 4, null, twoDays, null);
        assertThat(other.train()).containsExactly(0, 1);
        assertThat(other.validation()).containsExactly(2);
        assertThat(other.test()).containsExactly(3);
    }

    @Test
    void timeSplitNeedsThreeDistinctDays() {
        long[] times = {DAY + 5, DAY + 7, 2 * DAY + 1, 2 * DAY + 3};
        assertThatThrownBy(() -> Splitter.split(SplitSpec.of(SplitKind.TIME, 0), 4, null, times, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 distinct days");
    }

    @Test
    void userSplitAssignsSharesOfUsersAndKeepsEachUserInOnePart() {
        // 100 users, user u has 1 + u % 5 rows, rows in shuffled order
        Random random = new Random(4);
        int rows = 0;
        for (int u = 0; u < 100; u++) {
            rows += 1 + u % 5;
        }
        long[] users = new long[rows];
        int r = 0;
        for (int u = 0; u < 100; u++) {
            for (int k = 0; k <= u % 5; k++) {
                users[r++] = 1_000_000L * u - 77;
            }
        }
        shuffle(users, random);
        SplitIndices split = Splitter.split(SplitSpec.of(SplitKind.USER, 9), rows, null, null, users);
        assertPartition(split, rows);
        Set<Long> train = usersOf(split.train(), users);
        Set<Long> validation = usersOf(split.validation(), users);
        Set<Long> test = usersOf(split.test(), users);
        assertThat(train).hasSize(80);
        assertThat(validation).hasSize(10);
        assertThat(test).hasSize(10);
        assertThat(train).doesNotContainAnyElementsOf(validation).doesNotContainAnyElementsOf(test);
        assertThat(validation).doesNotContainAnyElementsOf(test);
    }

    @Test
    void userSplitGivesEachPartAUserEvenWithFewUsers() {
        long[] users = {5, 6, 5, 7, 7, 7};
        SplitIndices split = Splitter.split(SplitSpec.of(SplitKind.USER, 1), 6, null, null, users);
        assertPartition(split, 6);
        assertThat(usersOf(split.train(), users)).hasSize(1);
        assertThat(usersOf(split.validation(), users)).hasSize(1);
        assertThat(usersOf(split.test(), users)).hasSize(1);
        assertThatThrownBy(() -> Splitter.split(SplitSpec.of(SplitKind.USER, 1), 3, null, null, new long[] {1, 2, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 distinct users");
    }

    @Test
    void deterministicGivenTheSeedAndDifferentAcrossSeeds() {
        int n = 500;
        Random random = new Random(6);
        double[] labels = new double[n];
        long[] users = new long[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(5) == 0 ? 1 : 0;
            users[i] = random.nextInt(60);
        }
        for (SplitKind kind : new SplitKind[] {SplitKind.RANDOM, SplitKind.USER}) {
            SplitIndices a = Splitter.split(SplitSpec.of(kind, 11), n, labels, null, users);
            SplitIndices b = Splitter.split(SplitSpec.of(kind, 11), n, labels, null, users);
            SplitIndices c = Splitter.split(SplitSpec.of(kind, 12), n, labels, null, users);
            assertThat(a.train()).isEqualTo(b.train());
            assertThat(a.validation()).isEqualTo(b.validation());
            assertThat(a.test()).isEqualTo(b.test());
            assertThat(a.train()).as(kind.id()).isNotEqualTo(c.train());
        }
    }

    @Test
    void rejectsMissingOrMisSizedArrays() {
        assertThatThrownBy(() -> Splitter.split(SplitSpec.of(SplitKind.TIME, 0), 3, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times");
        assertThatThrownBy(() -> Splitter.split(SplitSpec.of(SplitKind.USER, 0), 3, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("users");
        assertThatThrownBy(() -> Splitter.split(SplitSpec.of(SplitKind.TIME, 0), 3, null, new long[2], null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times");
        assertThatThrownBy(() -> Splitter.split(SplitSpec.of(SplitKind.USER, 0), 3, null, null, new long[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("users");
        assertThatThrownBy(() -> Splitter.split(SplitSpec.of(SplitKind.RANDOM, 0), 3, new double[2], null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels");
        assertThatThrownBy(() -> Splitter.split(SplitSpec.of(SplitKind.RANDOM, 0), -1, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noRowsGiveEmptyParts() {
        SplitIndices split = Splitter.split(SplitSpec.of(SplitKind.RANDOM, 0), 0, new double[0], null, null);
        assertThat(sizes(split)).containsExactly(0, 0, 0);
    }

    @Property(tries = 60)
    void everyKindPartitionsTheRows(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int kindIndex,
                                    @ForAll @IntRange(min = 3, max = 800) int n) {
        Random random = new Random(seed);
        SplitKind kind = SplitKind.values()[kindIndex];
        double[] labels = new double[n];
        long[] times = new long[n];
        long[] users = new long[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(3) == 0 ? 1 : 0;
            times[i] = i < 3 ? i * DAY : (long) (random.nextDouble() * 30 * DAY);
            users[i] = i < 3 ? i : random.nextInt(1 + n / 3);
        }
        SplitIndices split = Splitter.split(new SplitSpec(kind, 0.7, 0.15, seed), n, labels, times, users);
        assertPartition(split, n);
        if (kind == SplitKind.TIME) {
            assertTimeOrder(split, times);
        }
        if (kind == SplitKind.USER) {
            assertThat(usersOf(split.train(), users)).doesNotContainAnyElementsOf(usersOf(split.test(), users))
                    .doesNotContainAnyElementsOf(usersOf(split.validation(), users));
            assertThat(usersOf(split.validation(), users)).doesNotContainAnyElementsOf(usersOf(split.test(), users));
        }
    }

    private static void assertPartition(SplitIndices split, int n) {
        boolean[] seen = new boolean[n];
        for (int[] part : parts(split)) {
            for (int i = 0; i < part.length; i++) {
                if (i > 0) {
                    assertThat(part[i]).as("sorted ascending").isGreaterThan(part[i - 1]);
                }
                assertThat(part[i]).isBetween(0, n - 1);
                assertThat(seen[part[i]]).as("row " + part[i] + " in two parts").isFalse();
                seen[part[i]] = true;
            }
        }
        assertThat(IntStream.range(0, n).allMatch(i -> seen[i])).as("every row in a part").isTrue();
    }

    private static void assertTimeOrder(SplitIndices split, long[] times) {
        long trainMax = Arrays.stream(split.train()).mapToLong(i -> times[i]).max().orElseThrow();
        long valMin = Arrays.stream(split.validation()).mapToLong(i -> times[i]).min().orElseThrow();
        long valMax = Arrays.stream(split.validation()).mapToLong(i -> times[i]).max().orElseThrow();
        long testMin = Arrays.stream(split.test()).mapToLong(i -> times[i]).min().orElseThrow();
        assertThat(trainMax).isLessThan(valMin);
        assertThat(valMax).isLessThan(testMin);
        // whole days: a day of one part never appears in another
        assertThat(Math.floorDiv(trainMax, DAY)).isLessThan(Math.floorDiv(valMin, DAY));
        assertThat(Math.floorDiv(valMax, DAY)).isLessThan(Math.floorDiv(testMin, DAY));
    }

    private static int[][] parts(SplitIndices split) {
        return new int[][] {split.train(), split.validation(), split.test()};
    }

    private static int[] sizes(SplitIndices split) {
        return new int[] {split.train().length, split.validation().length, split.test().length};
    }

    private static int positives(int[] part, double[] labels) {
        int count = 0;
        for (int i : part) {
            count += labels[i] > 0 ? 1 : 0;
        }
        return count;
    }

    private static long[] days(int[] part, long[] times) {
        return Arrays.stream(part).mapToLong(i -> Math.floorDiv(times[i], DAY)).distinct().sorted().toArray();
    }

    private static Set<Long> usersOf(int[] part, long[] users) {
        Set<Long> set = new HashSet<>();
        for (int i : part) {
            set.add(users[i]);
        }
        return set;
    }

    /** perDay[d] rows on day firstDay + d, at random times within the day, in shuffled row order. */
    private static long[] shuffledTimes(int[] perDay, long firstDay, Random random) {
        long[] times = new long[Arrays.stream(perDay).sum()];
        int r = 0;
        for (int d = 0; d < perDay.length; d++) {
            for (int k = 0; k < perDay[d]; k++) {
                times[r++] = (firstDay + d) * DAY + (long) (random.nextDouble() * DAY);
            }
        }
        shuffle(times, random);
        return times;
    }

    private static void shuffle(long[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
