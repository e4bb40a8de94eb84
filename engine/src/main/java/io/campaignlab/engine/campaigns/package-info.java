/**
 * Campaigns: what a marketer designs (objective, audience, offers, policy and constraints) as records, their JSON
 * file with field-by-field validation, their versions (a draft is edited, publishing freezes it, stopping ends it)
 * and the ports that store them ({@link io.campaignlab.engine.campaigns.CampaignRepository}) and count their
 * audience ({@link io.campaignlab.engine.campaigns.CampaignAudience}). Plain Java; no JDBC, no JavaFX.
 */
package io.campaignlab.engine.campaigns;
