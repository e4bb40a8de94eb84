package io.campaignlab.views.campaigns.serve;

import io.campaignlab.engine.campaigns.policy.BetaPosterior;

import java.util.List;
import java.util.Map;

/**
 * One poll of the running decision server: the server's metrics, and the chosen campaign's counts and posteriors.
 *
 * @param decisions          decisions served since the server started
 * @param decisionsPerSecond over the server's last seconds
 * @param p50Ms              the median latency of the latest decisions, or null before any
 * @param p99Ms              their 99th percentile, or null
 * @param fallbacks          no-offer fallbacks served (caps, budget, nothing eligible)
 * @param campaign           the campaign the rest is about, or null when it is not being served
 * @param version            its version served
 * @param spentCents         its budget spent, or null without a budget
 * @param capCents           its budget, or null without one
 * @param offersServed       decisions per offer in its log
 * @param arms               its logged decisions and conversions per arm
 * @param posteriors         its Thompson posteriors per offer
 */
public record ServeSnapshot(long decisions, double decisionsPerSecond, Double p50Ms, Double p99Ms, long fallbacks,
                            String campaign, int version, Long spentCents, Long capCents,
                            Map<String, Long> offersServed, List<ArmTally> arms,
                            Map<String, BetaPosterior> posteriors) {

    public ServeSnapshot {
        offersServed = Map.copyOf(offersServed);
        arms = List.copyOf(arms);
        posteriors = Map.copyOf(posteriors);
    }
}
