package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignStatus;
import io.campaignlab.engine.campaigns.CampaignVersion;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the campaign page can show: the draft (editable unless the campaign is stopped; a published campaign's next
 * draft starts from its serving version) or one frozen version, read-only.
 *
 * @param version  0 for the draft, else the frozen version's number
 * @param label    how the version list shows it
 * @param design   the design
 * @param editable whether the designer may change it
 * @param brief    how the closed version box shows it
 */
public record VersionChoice(int version, String label, Campaign design, boolean editable, String brief) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @Override
    public String toString() {
        return label;
    }

    /** The draft first (when there is one to show or make), then the versions, newest first. */
    static List<VersionChoice> of(CampaignRecord r, List<CampaignVersion> versions) {
        List<VersionChoice> out = new ArrayList<>();
        boolean stopped = r.status() == CampaignStatus.STOPPED;
        if (r.hasDraft()) {
            out.add(new VersionChoice(0, stopped ? "Draft (stopped, read-only)" : "Draft", r.draft(), !stopped,
                    "Draft"));
        } else if (!stopped && r.live() != null) {
            out.add(new VersionChoice(0, "Next draft, from v" + r.version(), r.live(), true, "Next draft"));
        }
        for (int i = versions.size() - 1; i >= 0; i--) {
            CampaignVersion v = versions.get(i);
            String when = v.endedAt() == null ? (stopped ? "" : " · serving") : " · ended " + TIME.format(v.endedAt());
            out.add(new VersionChoice(v.version(), "v" + v.version() + " · published " + TIME.format(v.publishedAt())
                    + when + " (frozen)", v.campaign(), false, "v" + v.version() + (v.endedAt() == null && !stopped
                    ? " · serving" : " · frozen")));
        }
        return out;
    }
}
