package io.campaignlab.engine.features;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The primitive map against {@link HashMap}, through growth and with the keys that mark free slots. */
class LongIntMapTest {

    @Test
    void internGivesDenseIndicesInFirstSeenOrder() {
        LongIntMap map = new LongIntMap(1);
        assertThat(map.intern(42)).isEqualTo(0);
        assertThat(map.intern(0)).isEqualTo(1);
        assertThat(map.intern(-7)).isEqualTo(2);
        assertThat(map.intern(42)).isEqualTo(0);
        assertThat(map.intern(0)).isEqualTo(1);
        assertThat(map.intern(Long.MIN_VALUE)).isEqualTo(3);
        assertThat(map.size()).isEqualTo(4);
        assertThat(map.get(99, -1)).isEqualTo(-1);
        assertThat(map.get(0, -1)).isEqualTo(1);
    }

    @Test
    void matchesAHashMapThroughGrowth() {
        Random random = new Random(5);
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> reference = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            long key = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(50);
                case 1 -> random.nextLong();
                case 2 -> random.nextInt(100_000) * 4096L; // keys sharing low bits
                default -> -random.nextInt(1000);
            };
            int delta = random.nextInt(5) - 2;
            int expected = reference.merge(key, delta, Integer::sum);
            assertThat(map.addTo(key, delta)).isEqualTo(expected);
        }
        assertThat(map.size()).isEqualTo(reference.size());
        reference.forEach((key, value) -> assertThat(map.get(key, Integer.MIN_VALUE)).isEqualTo(value));
        assertThat(map.get(123_456_789_123L, -5)).isEqualTo(-5);
    }
}
