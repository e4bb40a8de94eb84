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
     * The unit ids of who remains (the targeted users less the excluded ones), as text, for the decision engine to
     * hold warm.
     *
     * @throws IllegalArgumentException as {@link #count} does
     */
    java.util.Set<String> members(Audience audience);

    /**
     * A model run's scores per user (its one scores table joined to the dataset it scored, averaged over each user's
     * rows), as the decision engine reads a dynamic discount's response runs.
     *
     * @throws IllegalArgumentException when the run scored no dataset or several, or the scored dataset has no user
     *                                  id column
     */
    default java.util.Map<String, Double> scoresByUser(long run) {
        throw new UnsupportedOperationException("this workspace cannot read a run's scores per user");
    }
}
