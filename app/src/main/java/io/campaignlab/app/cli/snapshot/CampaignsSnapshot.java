package io.campaignlab.app.cli.snapshot;

import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.CostModel;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Chooses the campaign the Campaigns snapshot shows: the one asked for, else the first by name; when the workspace has
 * none, a draft designed on its events dataset (a rule audience, a coupon and a dynamic discount, Thompson sampling,
 * a budget, a weekly cap, a 10 % holdout and a schedule) is stored here first, before the view opens the workspace.
 */
final class CampaignsSnapshot {

    /** The campaign the demo draft is stored as. */
    static final String DEMO = "Spring coupons";

    /** The campaign to show, and what had to be made for it (null when nothing). */
    record Prepared(String campaign, String computed) {
    }

    private CampaignsSnapshot() {
    }

    static Prepared prepare(Path workspace, String asked, PrintWriter err) {
        try (WorkspaceServices services = WorkspaceServices.open(workspace)) {
            if (asked != null) {
                return new Prepared(services.campaigns().find(asked).orElseThrow(() -> new IllegalArgumentException(
                        "there is no campaign '" + asked + "'; campaign-lab campaign list shows them")).name(), null);
            }
            List<CampaignRecord> stored = services.campaigns().list();
            if (!stored.isEmpty()) {
                return new Prepared(stored.get(0).name(), null);
            }
            List<DatasetInfo> datasets = services.datasets().list();
            String events = datasets.stream().filter(d -> !d.columnsWithRole(ColumnRole.USER_ID).isEmpty()
                            && !d.columnsWithRole(ColumnRole.TIMESTAMP).isEmpty()).map(DatasetInfo::name)
                    .sorted((a, b) -> Boolean.compare(!a.equals("events"), !b.equals("events"))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the workspace has no campaign and no events"
                            + " dataset (user and timestamp columns) to design one on; create one first:"
                            + " campaign-lab campaign create --name NAME --segment ID --coupon-percent 10"));
            String users = datasets.stream().map(DatasetInfo::name).filter("users"::equals).findFirst().orElse(null);
            err.printf("The workspace has no campaign; storing the draft '%s' on %s first...%n", DEMO, events);
            err.flush();
            services.campaigns().create(demo(events, users));
            return new Prepared(DEMO, "draft campaign '" + DEMO + "' on " + events);
        }
    }

    /** The demo design: every part of the designer filled. */
    static Campaign demo(String events, String users) {
        Offer coupon = new Offer("coupon_10pct", Offer.Kind.COUPON, null, null, null, null, 10.0, null, null, null,
                null, new CostModel(null, null, 0.5), List.of("purchases_90d >= 1"));
        Offer discount = Offer.dynamicDiscount("dynamic_discount", List.of(0.0, 5.0, 10.0, 15.0, 20.0), 5.0, 10.0);
        return new Campaign(DEMO, Objective.MARGIN,
                Audience.ofRule("purchases_30d >= 1 AND days_since_purchase <= 60", events, users),
                List.of(coupon, discount), new Policy(Policy.Kind.THOMPSON, null),
                new Constraints(5000.0, new Constraints.FrequencyCap(2, Constraints.Period.WEEK), 0.1, "spring",
                        java.time.LocalDate.of(2027, 3, 1), java.time.LocalDate.of(2027, 3, 31)));
    }
}
