package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignStatus;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One row of the campaign list.
 *
 * @param record   the stored campaign
 * @param audience its audience's size in words, or empty while it is being counted
 */
public record CampaignRow(CampaignRecord record, String audience) {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    public String name() {
        return record.name();
    }

    /** draft, published v2 (with "draft pending" when a new draft waits), or stopped (v2). */
    public String status() {
        return status(record);
    }

    static String status(CampaignRecord r) {
        if (r.status() == CampaignStatus.DRAFT) {
            return "draft";
        }
        if (r.status() == CampaignStatus.STOPPED) {
            return "stopped (v" + r.version() + ")";
        }
        return "published v" + r.version() + (r.hasDraft() ? " · draft pending" : "");
    }

    public String objective() {
        Campaign c = record.current();
        return c == null || c.objective() == null ? "" : c.objective().id();
    }

    /** How many offers, and their names. */
    public String offers() {
        Campaign c = record.current();
        if (c == null) {
            return "";
        }
        return c.offers().size() + ": " + c.offers().stream().map(o -> o == null ? "?" : o.name())
                .collect(Collectors.joining(", "));
    }

    /** The offers' kinds, for the tooltip. */
    public String offerKinds() {
        Campaign c = record.current();
        return c == null ? "" : c.offers().stream().map(o -> o == null || o.kind() == null ? "?"
                : o.name() + " (" + o.kind().id() + ")").collect(Collectors.joining(", "));
    }

    public String updated() {
        return record.updatedAt() == null ? "" : UPDATED.format(record.updatedAt());
    }

    /** The same row with its audience counted. */
    CampaignRow withAudience(String counted) {
        return new CampaignRow(record, counted);
    }

    /** Whether the campaign can be deleted: never published. */
    boolean deletable() {
        return record.status() == CampaignStatus.DRAFT;
    }
}
