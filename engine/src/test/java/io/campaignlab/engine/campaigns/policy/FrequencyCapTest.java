package io.campaignlab.engine.campaigns.policy;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Frequency caps per calendar day and ISO week, on a clock the test moves, with old windows dropped. */
class FrequencyCapTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A clock the test sets. */
    private static final class TestClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        TestClock(ZonedDateTime start) {
            now = start.toInstant();
            zone = start.getZone();
        }

        void set(ZonedDateTime time) {
            now = time.toInstant();
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aDailyCapResetsAtLocalMidnight() {
        TestClock clock = new TestClock(ZonedDateTime.of(2026, 12, 7, 23, 0, 0, 0, PARIS));
        FrequencyCap cap = new FrequencyCap(3, CapWindow.DAY, clock);
        assertThat(cap.tryCount("u1")).isTrue();
        assertThat(cap.tryCount("u1")).isTrue();
        assertThat(cap.tryCount("u1")).isTrue();
        assertThat(cap.tryCount("u1")).isFalse();
        assertThat(cap.count("u1")).isEqualTo(3);
        assertThat(cap.tryCount("u2")).isTrue();
        clock.advance(Duration.ofMinutes(59)); // 23:59 Paris, still 7 December
        assertThat(cap.tryCount("u1")).isFalse();
        clock.advance(Duration.ofMinutes(1)); // 00:00 Paris on 8 December (23:00 UTC on the 7th)
        assertThat(cap.count("u1")).isZero();
        assertThat(cap.tryCount("u1")).isTrue();
    }

    @Test
    void aWeeklyCapCountsFromMondayToSunday() {
        // 7 December 2026 is a Monday (ISO week 50); 13 December the Sunday; 14 December starts week 51
        TestClock clock = new TestClock(ZonedDateTime.of(2026, 12, 7, 0, 0, 0, 0, ZoneOffset.UTC));
        FrequencyCap cap = new FrequencyCap(2, CapWindow.WEEK, clock);
        assertThat(cap.tryCount("u")).isTrue();
        clock.set(ZonedDateTime.of(2026, 12, 13, 23, 59, 59, 0, ZoneOffset.UTC));
        assertThat(cap.tryCount("u")).isTrue();
        assertThat(cap.tryCount("u")).isFalse();
        clock.set(ZonedDateTime.of(2026, 12, 14, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(cap.tryCount("u")).isTrue();
    }

    @Test
    void weekNumbersFollowIsoWeeksOverYearsOfDays() {
        // consecutive days are in the same window exactly when java.time puts them in the same ISO week
        ZonedDateTime day = ZonedDateTime.of(1968, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < 40 * 366; i++, day = day.plusDays(1)) {
            ZonedDateTime next = day.plusDays(1);
            boolean sameIsoWeek = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                    == next.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            long here = CapWindow.WEEK.index(day.toInstant(), ZoneOffset.UTC);
            assertThat(CapWindow.WEEK.index(next.toInstant(), ZoneOffset.UTC)).as("after %s", day)
                    .isEqualTo(sameIsoWeek ? here : here + 1);
        }
    }

    @Test
    void countsOfEarlierWindowsAreDroppedSoMemoryStaysBounded() {
        TestClock clock = new TestClock(ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, PARIS));
        FrequencyCap cap = new FrequencyCap(1, CapWindow.DAY, clock);
        for (int i = 0; i < 10_000; i++) {
            cap.tryCount("user-" + i);
        }
        assertThat(cap.trackedUsers()).isEqualTo(10_000);
        clock.advance(Duration.ofDays(1));
        assertThat(cap.tryCount("user-5")).isTrue();
        assertThat(cap.trackedUsers()).isEqualTo(1);
    }

    @Test
    void racingThreadsGetExactlyTheCap() throws InterruptedException {
        TestClock clock = new TestClock(ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, PARIS));
        FrequencyCap cap = new FrequencyCap(5, CapWindow.DAY, clock);
        AtomicInteger granted = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < 1_000; i++) {
                    granted.addAndGet(cap.tryCount("same-user") ? 1 : 0);
                }
            });
            threads[t].start();
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(granted.get()).isEqualTo(5);
    }
}
