package io.campaignlab.engine.profiling;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DistinctCounterTest {

    @Test
    void emptyCounterCountsZero() {
        DistinctCounter counter = new DistinctCounter();
        assertThat(counter.count()).isZero();
        assertThat(counter.isExact()).isTrue();
    }

    @Test
    void countsExactlyBelowTheLimit() {
        Random random = new Random(11);
        DistinctCounter counter = new DistinctCounter(10_000);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String value = "v" + random.nextInt(6_000);
            expected.add(value);
            counter.add(value);
        }
        assertThat(counter.isExact()).isTrue();
        assertThat(counter.count()).isEqualTo(expected.size());
    }

    @Test
    void staysExactAtTheLimitAndSwitchesJustAbove() {
        DistinctCounter counter = new DistinctCounter(1000);
        for (int i = 0; i < 1000; i++) {
            counter.add("item-" + i);
        }
        assertThat(counter.isExact()).isTrue();
        assertThat(counter.count()).isEqualTo(1000);
        counter.add("item-1000");
        assertThat(counter.isExact()).isFalse();
    }

    @Test
    void approximatesWithinThreePercentAboveTheLimit() {
        DistinctCounter counter = new DistinctCounter(1000);
        int distinct = 200_000;
        for (int i = 0; i < distinct; i++) {
            counter.add("user-" + i);
        }
        assertThat(counter.isExact()).isFalse();
        assertThat((double) counter.count()).isCloseTo(distinct, within(distinct * 0.03));
    }

    @Test
    void duplicatesDoNotInflateTheExactCount() {
        DistinctCounter counter = new DistinctCounter(1000);
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 300; i++) {
                counter.add("sku-" + i);
            }
        }
        assertThat(counter.isExact()).isTrue();
        assertThat(counter.count()).isEqualTo(300);
    }

    @Test
    void duplicatesDoNotInflateTheApproximateCount() {
        DistinctCounter counter = new DistinctCounter(1000);
        int distinct = 50_000;
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < distinct; i++) {
                counter.add("session-" + i);
            }
        }
        assertThat(counter.isExact()).isFalse();
        assertThat((double) counter.count()).isCloseTo(distinct, within(distinct * 0.03));
    }

    @Test
    void stringAndHashEntryPointsAgree() {
        DistinctCounter byString = new DistinctCounter(100);
        DistinctCounter byHash = new DistinctCounter(100);
        for (int i = 0; i < 80; i++) {
            byString.add("x" + i);
            byHash.add(DistinctCounter.hash("x" + i));
        }
        assertThat(byString.count()).isEqualTo(byHash.count()).isEqualTo(80);
    }

    @Test
    void hashSeparatesSimilarStrings() {
        Set<Long> hashes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            hashes.add(DistinctCounter.hash(Integer.toString(i)));
        }
        assertThat(hashes).hasSize(100_000);
        assertThat(DistinctCounter.hash("ab")).isNotEqualTo(DistinctCounter.hash("ba"));
        assertThat(DistinctCounter.hash("")).isNotEqualTo(DistinctCounter.hash("\0"));
    }
}
