package io.campaignlab.engine.campaigns.forecast;

import io.campaignlab.engine.jobs.CancellationToken;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The targeting acceptance on a seed not looked at while the comparison was built (20261207), with 10 uplift refits
 * for the forecast's model uncertainty. Slow (a few minutes): {@code -Dgroups=slow -DexcludedGroups=none}.
 */
@Tag("slow")
class SimulatedTargetingSlowTest {

    @Test
    void upliftTargetingBeatsPctrTargetingOnASecondSeed() {
        TargetingSpec spec = new TargetingSpec(20_000, 1, 20261207, "coupon_20", OfferTerms.defaults(), 0, 10);
        TargetingReport r = TargetingStudy.run(spec, new CancellationToken());
        for (StrategyOutcome o : r.outcomes()) {
            System.out.printf("seed %d: %-6s %5d users, spend %8.1f, true incremental conversions %.2f%n", r.seed(),
                    o.strategy().id(), o.users(), o.spend(), o.trueIncrementalConversions());
        }
        System.out.printf("uplift forecast %s (true %.2f)%n", r.upliftForecast().incrementalConversions(),
                r.upliftTruth());
        double uplift = r.outcome(TargetingStrategy.UPLIFT).trueIncrementalConversions();
        assertThat(uplift).isGreaterThan(r.outcome(TargetingStrategy.PCTR).trueIncrementalConversions());
        assertThat(uplift).isGreaterThan(r.outcome(TargetingStrategy.RANDOM).trueIncrementalConversions());
    }
}
