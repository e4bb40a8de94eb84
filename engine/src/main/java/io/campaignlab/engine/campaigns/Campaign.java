package io.campaignlab.engine.campaigns;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A campaign's design, as its JSON file holds it ({@link CampaignJson}) and a version freezes it. A value read from a
 * file is checked by {@link CampaignCheck}; the repository stores only checked ones.
 *
 * @param name        unique in the workspace: letters, digits, spaces, {@code . _ -}, up to 100 characters
 * @param objective   what it maximises
 * @param audience    who it addresses
 * @param offers      what it can give, at least one
 * @param policy      how it chooses among offers; null for greedy
 * @param constraints its limits; null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Campaign(String name, Objective objective, Audience audience, List<Offer> offers, Policy policy,
                       Constraints constraints) {

    public Campaign {
        offers = Offer.frozen(offers);
    }

    /** The policy, greedy when none is set. */
    public Policy policyOrDefault() {
        return policy == null ? Policy.greedy() : policy;
    }

    /** The constraints, none when none are set. */
    public Constraints constraintsOrNone() {
        return constraints == null ? Constraints.none() : constraints;
    }

    /** The same campaign under another name. */
    public Campaign withName(String newName) {
        return new Campaign(newName, objective, audience, offers, policy, constraints);
    }
}
