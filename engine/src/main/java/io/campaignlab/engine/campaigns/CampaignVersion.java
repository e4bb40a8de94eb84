package io.campaignlab.engine.campaigns;

import java.time.Instant;

/**
 * A frozen version of a campaign: what it was published as, never changed afterwards. Every decision records it.
 *
 * @param campaignId  the campaign's key
 * @param name        the campaign's name
 * @param version     1, 2, … in the order published
 * @param campaign    the design frozen
 * @param json        the design as stored, exactly
 * @param publishedAt when it was published
 * @param endedAt     when a newer version replaced it or the campaign was stopped; null while it serves
 */
public record CampaignVersion(long campaignId, String name, int version, Campaign campaign, String json,
                              Instant publishedAt, Instant endedAt) {
}
