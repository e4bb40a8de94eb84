package io.campaignlab.engine.campaigns.forecast;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TargetingComparisonTest {

    private static final double[] COST = {1, 2, 1, 3, 1};
    private static final double[] TRUTH = {0.1, 0.0, 0.2, 0.3, 0.05};

    /**
     * Budget 4. Scores {5, 4, 3, 2, 1} take users 0, 1, 2 (spend 1 + 2 + 1 = 4; user 3 would make 7), true 0.1 + 0
     * + 0.2 = 0.3. Scores {0, 0, 0, 9, 8} take 3 and 4 (spend 4), true 0.35. Scores {9, 1, 1, 8, 1} take 0 and 3
     * (spend 4) and stop at user 1 (6 > 4) even though user 2 would fit: 0.4.
     */
    @Test
    void eachStrategySpendsTheBudgetDownItsOwnOrder() {
        Map<TargetingStrategy, double[]> scores = new EnumMap<>(TargetingStrategy.class);
        scores.put(TargetingStrategy.PCTR, new double[]{5, 4, 3, 2, 1});
        scores.put(TargetingStrategy.UPLIFT, new double[]{0, 0, 0, 9, 8});
        scores.put(TargetingStrategy.PCVR, new double[]{9, 1, 1, 8, 1});
        List<StrategyOutcome> out = TargetingComparison.compare(scores, COST, TRUTH, 4);
        assertThat(out).extracting(StrategyOutcome::strategy).containsExactly(TargetingStrategy.PCTR,
                TargetingStrategy.PCVR, TargetingStrategy.UPLIFT);
        check(out.get(0), 3, 4, 0.3);
        check(out.get(1), 2, 4, 0.4);
        check(out.get(2), 2, 4, 0.35);
        assertThat(TargetingComparison.take(new double[]{9, 1, 1, 8, 1}, COST, 4)).containsExactly(0, 3);
    }

    @Test
    void tiesGoByIndexAndANothingBudgetBuysNobody() {
        assertThat(TargetingComparison.take(new double[]{1, 1, 1, 1, 1}, COST, 3)).containsExactly(0, 1);
        assertThat(TargetingComparison.take(new double[]{1, 2, 3, 4, 5}, COST, 0.5)).isEmpty();
    }

    @Test
    void randomScoresAreSeeded() {
        assertThat(TargetingComparison.randomScores(10, 4)).containsExactly(TargetingComparison.randomScores(10, 4));
    }

    private static void check(StrategyOutcome o, int users, double spend, double truth) {
        assertThat(o.users()).isEqualTo(users);
        assertThat(o.spend()).isCloseTo(spend, within(1e-12));
        assertThat(o.trueIncrementalConversions()).isCloseTo(truth, within(1e-12));
    }
}
