/**
 * Campaigns in the workspace database: their drafts and frozen versions
 * ({@link io.campaignlab.persistence.campaigns.JdbcCampaignRepository}) and their audiences' live size, counted in
 * one SQL query with the Segments rules' audience query
 * ({@link io.campaignlab.persistence.campaigns.JdbcCampaignAudience}).
 */
package io.campaignlab.persistence.campaigns;
