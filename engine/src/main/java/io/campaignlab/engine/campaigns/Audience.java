package io.campaignlab.engine.campaigns;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * Who a campaign addresses: the members of a stored segment, or the users a rule selects, less the exclusions.
 * Exactly one of {@code segment} and {@code rule} is given ({@link CampaignCheck} says so when not).
 *
 * @param segment          a stored segment's id, or null
 * @param rule             conditions joined with AND, as the Segments rule builder writes them
 *                         ({@code purchases_30d >= 2 AND age_band = '25-34'}), optionally with model-score thresholds
 *                         {@code score:runN >= x} and {@code uplift:runM >= y}; or null
 * @param events           the events dataset a rule counts behaviour in, or null
 * @param users            the users dataset a rule takes its population and columns from, or null
 * @param snapshot         the day a rule's behaviour windows end at (excluded), or null for the day after the events'
 *                         last row
 * @param excludeSegments  segments whose members are left out
 * @param excludeCampaigns campaigns (by name) whose audiences are left out
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Audience(Long segment, String rule, String events, String users, LocalDate snapshot,
                       List<Long> excludeSegments, List<String> excludeCampaigns) {

    public Audience {
        excludeSegments = excludeSegments == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(excludeSegments));
        excludeCampaigns = excludeCampaigns == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(excludeCampaigns));
    }

    /** The members of a stored segment. */
    public static Audience ofSegment(long segment) {
        return new Audience(segment, null, null, null, null, List.of(), List.of());
    }

    /** The users a rule selects. */
    public static Audience ofRule(String rule, String events, String users) {
        return new Audience(null, rule, events, users, null, List.of(), List.of());
    }

    /** The same audience with these exclusions. */
    public Audience excluding(List<Long> segments, List<String> campaigns) {
        return new Audience(segment, rule, events, users, snapshot, segments, campaigns);
    }
}
