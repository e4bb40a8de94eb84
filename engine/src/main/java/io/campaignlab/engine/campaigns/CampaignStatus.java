package io.campaignlab.engine.campaigns;

/** Where a campaign is in its life: designed, serving a frozen version, or ended. */
public enum CampaignStatus {
    /** Never published: only a draft exists. */
    DRAFT,
    /** A frozen version serves; a new draft may be in the making beside it. */
    PUBLISHED,
    /** Ended: nothing serves and nothing more can be published or edited. */
    STOPPED;

    public String id() {
        return Choices.id(this);
    }

    public static CampaignStatus parse(String text) {
        return Choices.parse(CampaignStatus.class, text, values());
    }
}
