package io.campaignlab.engine.segments.rules;

import io.campaignlab.engine.segments.customers.CleaningReport;
import io.campaignlab.engine.segments.profiles.ProfileReport;

import java.time.LocalDate;

/**
 * The result of a rule segment.
 *
 * @param segmentationId the stored segmentation (0 before it is stored)
 * @param name           the segment's name
 * @param rule           the rule, with the snapshot it was counted at
 * @param count          the users selected and the population
 * @param cleaning       how the events' rows were cleaned for the profile, or null without a profile
 * @param profiles       the segment against the rest of the customers (users with a purchase), or null when the
 *                       events dataset has no amounts or there is no events dataset
 * @param profileNote    why there is no profile, or who was profiled
 */
public record RuleSegmentation(long segmentationId, String name, SegmentRule rule, AudienceCount count,
                               CleaningReport cleaning, ProfileReport profiles, String profileNote) {

    public RuleSegmentation withSegmentationId(long id) {
        return new RuleSegmentation(id, name, rule, count, cleaning, profiles, profileNote);
    }

    public LocalDate snapshot() {
        return rule.snapshot();
    }
}
