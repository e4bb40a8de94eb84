/**
 * The Campaigns section: the campaign list, the designer (the Design tab) with its field-by-field checks and live
 * audience size, publish and stop, and the frozen versions; the Forecast, Serve and Replay tabs come through
 * {@link io.campaignlab.views.campaigns.CampaignPanes}. Reads and writes campaigns only through {@link
 * io.campaignlab.views.campaigns.CampaignStore}; never SQL.
 */
package io.campaignlab.views.campaigns;
