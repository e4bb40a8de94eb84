package io.campaignlab.engine.segments.rfm;

import io.campaignlab.engine.segments.TinyFrames;
import io.campaignlab.engine.segments.customers.CustomerData;
import io.campaignlab.engine.segments.customers.CustomerLoader;
import io.campaignlab.engine.segments.customers.SegmentColumns;
import io.campaignlab.engine.segments.profiles.MetricIndex;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The named segments on the R × F grid. */
class RfmGridTest {

    @Test
    void everyCellBelongsToExactlyOneSegment() {
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                int matches = 0;
                for (RfmRule rule : RfmGrid.RULES) {
                    matches += rule.matches(r, f) ? 1 : 0;
                }
                assertThat(matches).as("R %d F %d", r, f).isEqualTo(1);
            }
        }
        assertThat(RfmGrid.RULES).extracting(RfmRule::name).containsExactly("Champions", "Loyal customers",
                "Potential loyalists", "New customers", "Promising", "Need attention", "About to sleep", "At risk",
                "Can't lose them", "Hibernating", "Lost");
    }

    @Test
    void constructedScoresGetTheirNames() {
        assertThat(name(5, 5)).isEqualTo("Champions");
        assertThat(name(5, 4)).isEqualTo("Champions");
        assertThat(name(4, 5)).isEqualTo("Loyal customers");
        assertThat(name(3, 4)).isEqualTo("Loyal customers");
        assertThat(name(4, 3)).isEqualTo("Potential loyalists");
        assertThat(name(5, 2)).isEqualTo("Potential loyalists");
        assertThat(name(5, 1)).isEqualTo("New customers");
        assertThat(name(4, 1)).isEqualTo("Promising");
        assertThat(name(3, 3)).isEqualTo("Need attention");
        assertThat(name(3, 1)).isEqualTo("About to sleep");
        assertThat(name(3, 2)).isEqualTo("About to sleep");
        assertThat(name(2, 4)).isEqualTo("At risk");
        assertThat(name(1, 3)).isEqualTo("At risk");
        assertThat(name(1, 5)).isEqualTo("Can't lose them");
        assertThat(name(2, 5)).isEqualTo("Can't lose them");
        assertThat(name(2, 2)).isEqualTo("Hibernating");
        assertThat(name(2, 1)).isEqualTo("Hibernating");
        assertThat(name(1, 1)).isEqualTo("Lost");
        assertThat(name(1, 2)).isEqualTo("Lost");
    }

    @Test
    void rulesReadAsText() {
        assertThat(RfmGrid.RULES.get(0).text()).isEqualTo("R 5 and F 4-5");
        assertThat(RfmGrid.RULES.get(7).text()).isEqualTo("R 1-2 and F 3-4");
        assertThat(RfmGrid.RULES.get(10).text()).isEqualTo("R 1 and F 1-2");
    }

    @Test
    void theHandWorkedCustomersLandWhereTheirScoresSay() {
        CustomerData data = CustomerLoader.load(TinyFrames.transactions(),
                SegmentColumns.resolve(TinyFrames.transactionsInfo(), null), null);
        RfmScores scores = RfmScores.of(data.customers());
        // percent rank p = (customers worse) / (n − 1), score = min(5, 1 + floor(5p)), n = 4
        // recency A 6, B 8, C 3, E 9 days: worse than E none, B 1, A 2, C 3 → p 0, 1/3, 2/3, 1 → 1, 2, 4, 5
        assertThat(scores.recency()).containsExactly(4, 2, 5, 1);
        // frequency 2, 1, 1, 1: the three 1s have none worse → 1; A has 3 worse → p = 1 → 5
        assertThat(scores.frequency()).containsExactly(5, 1, 1, 1);
        // monetary 23, 10, 100, 8 → 2, 1, 3, 0 worse → 4, 2, 5, 1
        assertThat(scores.monetary()).containsExactly(4, 2, 5, 1);

        RfmSegmentation result = RfmJob.segment(data);
        assertThat(result.segment("Loyal customers").customers()).as("A: R 4, F 5").isEqualTo(1);
        assertThat(result.segment("Hibernating").customers()).as("B: R 2, F 1").isEqualTo(1);
        assertThat(result.segment("New customers").customers()).as("C: R 5, F 1").isEqualTo(1);
        assertThat(result.segment("Lost").customers()).as("E: R 1, F 1").isEqualTo(1);
        assertThat(result.segment("Champions").customers()).isZero();
        assertThat(result.segment("Lost").share()).isEqualTo(0.25);
        assertThat(result.grid()[3][4]).isEqualTo(1);
        assertThat(result.grid()[1][0]).isEqualTo(1);
        assertThat(result.grid()[4][0]).isEqualTo(1);
        assertThat(result.grid()[0][0]).isEqualTo(1);
        List<ScoreRange> ranges = result.scores();
        assertThat(ranges).hasSize(15);
        assertThat(ranges.get(0)).isEqualTo(new ScoreRange("recency", 1, 1, 9, 9));
        assertThat(ranges.get(5)).isEqualTo(new ScoreRange("frequency", 1, 3, 1, 1));
        assertThat(ranges.get(6).customers()).isZero();
        assertThat(ranges.get(6).min()).isNaN();
        // Lost (E): recency 9 days against the mean (6 + 8 + 3 + 9) / 4 = 6.5 → index 138.46
        MetricIndex recency = result.profiles().segment("Lost").metric("recency_days");
        assertThat(recency.mean()).isEqualTo(9.0);
        assertThat(recency.index()).isCloseTo(100 * 9 / 6.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.profiles().segment("Champions").metric("monetary").index()).isNaN();
    }

    private static String name(int r, int f) {
        return RfmGrid.RULES.get(RfmGrid.segmentOf(r, f)).name();
    }
}
