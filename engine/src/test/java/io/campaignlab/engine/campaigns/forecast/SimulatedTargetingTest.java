package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.jobs.CancellationToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The targeting acceptance on the simulator's planted truth (seed 42, coupon_20): at the same budget, uplift
 * targeting buys more true incremental conversions than pCTR targeting (the seed's approach), and more than random.
 */
class SimulatedTargetingTest {

    @Test
    void upliftTargetingBeatsPctrTargetingAtTheSameBudget() {
        long started = System.nanoTime();
        TargetingReport r = TargetingStudy.run(TargetingSpec.of(USERS, 42), new CancellationToken());
        for (StrategyOutcome o : r.outcomes()) {
            System.out.printf("seed 42, %d held-out users, budget %.1f: %-6s %5d users, spend %8.1f, true"
                            + " incremental conversions %.2f%n", r.heldOut(), r.budget(), o.strategy().id(), o.users(),
                    o.spend(), o.trueIncrementalConversions());
        }
        System.out.printf("uplift forecast %s (true %.2f); break-even %s; %.1f s%n",
                r.upliftForecast().incrementalConversions(), r.upliftTruth(), r.breakEven(),
                (System.nanoTime() - started) / 1e9);
        double uplift = r.outcome(TargetingStrategy.UPLIFT).trueIncrementalConversions();
        assertThat(uplift).isGreaterThan(r.outcome(TargetingStrategy.PCTR).trueIncrementalConversions());
        assertThat(uplift).isGreaterThan(r.outcome(TargetingStrategy.RANDOM).trueIncrementalConversions());
    }

    private static final int USERS = 20_000;
}
