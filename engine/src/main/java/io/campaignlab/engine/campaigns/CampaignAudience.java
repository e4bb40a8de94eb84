package io.campaignlab.engine.campaigns;

/**
 * Counts a campaign's audience in the workspace's database: the segment's members or the rule's users, less the
 * members of excluded segments and the audiences of excluded campaigns (their current design, their own exclusions
 * applied, one level deep: a campaign's campaign exclusions are not followed further). Implemented by the workspace;
 * every method does I/O.
 */
public interface CampaignAudience {

    /**
     * @throws IllegalArgumentException naming what cannot be counted: an unknown segment or campaign, or a rule
     *                                  condition on a dataset, column or scores table that does not exist
     */
    AudienceSize count(Audience audience);

    /**
     * The audience's users, exclusions subtracted, as text ids in ascending text order.
     *
     * @throws IllegalArgumentException as {@link #count} does
     */
    default java.util.List<String> members(Audience audience) {
        throw new UnsupportedOperationException("this workspace cannot list campaign audiences");
    }
}
