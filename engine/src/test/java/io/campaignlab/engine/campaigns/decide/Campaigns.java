package io.campaignlab.engine.campaigns.decide;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.CostModel;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Campaign versions for the decision engine's tests. */
final class Campaigns {

    private Campaigns() {
    }

    static Offer coupon(String name, double percent, double costPerGrant, String... eligibility) {
        return new Offer(name, Offer.Kind.COUPON, null, null, null, null, percent, null, null, null, null,
                new CostModel(costPerGrant, null, null), List.of(eligibility));
    }

    static Constraints constraints(Double budget, Integer capPerDay, double holdout, LocalDate start, LocalDate end) {
        return new Constraints(budget, capPerDay == null ? null
                : new Constraints.FrequencyCap(capPerDay, Constraints.Period.DAY), holdout, null, start, end);
    }

    static CampaignVersion version(String name, int version, Policy.Kind policy, Constraints constraints,
                                   Offer... offers) {
        Campaign c = new Campaign(name, Objective.CONVERSIONS, Audience.ofSegment(1), List.of(offers),
                new Policy(policy, policy == Policy.Kind.EPSILON_GREEDY ? 0.1 : null), constraints);
        return new CampaignVersion(1, name, version, c, "{}", Instant.parse("2026-12-01T00:00:00Z"), null);
    }
}
