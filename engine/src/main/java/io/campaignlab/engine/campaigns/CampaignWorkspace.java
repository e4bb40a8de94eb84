package io.campaignlab.engine.campaigns;

/**
 * The campaign ports of an open workspace: its campaigns and their audience counts. The app's workspace services
 * implement it beside the engine's workspace context (which cannot name campaigns: the campaign jobs use the
 * workspace). Every method of every port does I/O.
 */
public interface CampaignWorkspace {

    /** Campaigns, their drafts and frozen versions. */
    CampaignRepository campaigns();

    /** Counts campaign audiences, exclusions subtracted, in the database. */
    CampaignAudience campaignAudience();
}
