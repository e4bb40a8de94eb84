package io.campaignlab.app.cli.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.command.Output;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignJson;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.Offer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** What the campaign subcommands print: the {@code --json} records and the one-line summaries people read. */
final class CampaignViews {

    private CampaignViews() {
    }

    /** A campaign's state, without its design. */
    record Summary(String name, String status, int version, boolean hasDraft, String objective, String audience,
                   List<String> offers, Instant createdAt, Instant updatedAt) {

        static Summary of(CampaignRecord r) {
            Campaign c = r.current();
            return new Summary(r.name(), r.status().id(), r.version(), r.hasDraft(), c.objective().id(),
                    CampaignViews.audience(c.audience()), c.offers().stream().map(Offer::name).toList(), r.createdAt(),
                    r.updatedAt());
        }
    }

    /** A frozen version's dates. */
    record VersionLine(int version, Instant publishedAt, Instant endedAt) {

        static VersionLine of(CampaignVersion v) {
            return new VersionLine(v.version(), v.publishedAt(), v.endedAt());
        }
    }

    /** The audience in words: {@code segment 12} or the rule, with its exclusions. */
    static String audience(Audience a) {
        StringBuilder s = new StringBuilder(a.segment() != null ? "segment " + a.segment() : a.rule());
        if (!a.excludeSegments().isEmpty()) {
            s.append(" less segments ").append(a.excludeSegments().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        if (!a.excludeCampaigns().isEmpty()) {
            s.append(" less the audience of ").append(a.excludeCampaigns().stream().map(n -> "'" + n + "'")
                    .collect(Collectors.joining(", ")));
        }
        return s.toString();
    }

    /** An offer in words: {@code coupon_20 (coupon, 20% off)}. */
    static String offer(Offer o) {
        String what = switch (o.kind()) {
            case COUPON -> o.percent() != null ? number(o.percent()) + "% off" : number(o.amount()) + " off";
            case DYNAMIC_DISCOUNT -> "menu " + o.discountMenu().stream().map(CampaignViews::number)
                    .collect(Collectors.joining("/")) + " %";
            case RECOMMENDATION -> o.slots() + " slots from run " + o.run();
            case AD -> o.creatives().size() + " creatives ranked by run " + o.run();
        };
        return o.name() + " (" + o.kind().id().replace('_', ' ') + ", " + what + ")";
    }

    /** The design as a JSON tree with the file's keys, to nest in {@code --json} output. */
    static JsonNode tree(Campaign c) {
        try {
            return Output.JSON.readTree(CampaignJson.write(c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String number(Double v) {
        return v == null ? "?" : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String day(Instant t) {
        return t == null ? "-" : t.toString().substring(0, 16).replace('T', ' ');
    }
}
