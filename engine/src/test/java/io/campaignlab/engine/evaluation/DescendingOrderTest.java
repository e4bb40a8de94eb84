package io.campaignlab.engine.evaluation;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DescendingOrderTest {

    @Test
    void sortsHighestFirstAndKeepsIndexOrderWithinTies() {
        assertThat(DescendingOrder.of(new double[] {0.2, 0.9, 0.2, 0.5, 0.9})).containsExactly(1, 4, 3, 0, 2);
        assertThat(DescendingOrder.of(new double[0])).isEmpty();
    }

    @Test
    void agreesWithAStableLibrarySort() {
        Random random = new Random(17);
        for (int round = 0; round < 30; round++) {
            double[] scores = random.doubles(random.nextInt(500)).map(d -> Math.floor(d * 7) / 7).toArray();
            int[] expected = IntStream.range(0, scores.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed()
                            .thenComparing(Comparator.naturalOrder()))
                    .mapToInt(Integer::intValue).toArray();
            assertThat(DescendingOrder.of(scores)).containsExactly(expected);
        }
    }
}
