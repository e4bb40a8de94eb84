package io.campaignlab.engine.experiments;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventOutcomesTest {

    /**
     * Units a (assigned at 100), b (at 200), c (at 50, no events). a: a view at 90 (before: ignored), a click at 100,
     * a purchase of 20 at 150 and one of 5 at 160; b: a purchase at 150 (before), a view at 250; x is not a unit.
     */
    @Test
    void countsEachUnitsEventsFromItsAssignmentOn() {
        Map<String, double[]> m = EventOutcomes.perUnit(new String[] {"a", "b", "c"}, new long[] {100, 200, 50},
                new String[] {"a", "a", "a", "a", "b", "b", "x"},
                new String[] {"view", "click", "purchase", "Purchase", "purchase", "view", "purchase"},
                new long[] {90, 100, 150, 160, 150, 250, 300}, new double[] {1, 2, 20, 5, 9, 3, 7});
        assertThat(m.get("converted")).containsExactly(1, 0, 0);
        assertThat(m.get("purchases")).containsExactly(2, 0, 0);
        assertThat(m.get("revenue")).containsExactly(25, 0, 0);
        assertThat(m.get("clicks")).containsExactly(1, 0, 0);
        assertThat(m.get("views")).containsExactly(0, 1, 0);
        assertThat(m.get("events")).containsExactly(3, 1, 0);
    }

    @Test
    void withoutAssignmentTimesEveryEventCounts() {
        Map<String, double[]> m = EventOutcomes.perUnit(new String[] {"a"}, null, new String[] {"a", "a"},
                new String[] {"view", "purchase"}, new long[] {1, 2}, null);
        assertThat(m.get("events")).containsExactly(2);
        assertThat(m.get("revenue")).containsExactly(0);
    }

    @Test
    void aUnitAssignedTwiceIsRefused() {
        assertThatThrownBy(() -> EventOutcomes.perUnit(new String[] {"a", "a"}, null, new String[0], new String[0],
                new long[0], null)).hasMessageContaining("unit a has more than one assignment row (rows 1 and 2)");
    }
}
