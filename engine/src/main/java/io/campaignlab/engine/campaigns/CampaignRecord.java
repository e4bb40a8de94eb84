package io.campaignlab.engine.campaigns;

import java.time.Instant;

/**
 * A stored campaign.
 *
 * @param id        the workspace's key
 * @param name      its unique name
 * @param status    draft, published or stopped
 * @param version   the latest frozen version, 0 when it was never published
 * @param draft     the design being edited, or null when there is none (just published)
 * @param live      the latest frozen version's design, or null when it was never published
 * @param createdAt when it was created
 * @param updatedAt when its draft or status last changed
 */
public record CampaignRecord(long id, String name, CampaignStatus status, int version, Campaign draft,
                             Campaign live, Instant createdAt, Instant updatedAt) {

    /** The design people see: the draft when there is one, else the latest frozen version. */
    public Campaign current() {
        return draft != null ? draft : live;
    }

    public boolean hasDraft() {
        return draft != null;
    }
}
