package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * {@code ope --policy CAMPAIGN} on a logged randomized test shaped like the simulator's {@code campaign_exposures}: a
 * stored (published) campaign gives the same estimates as the decision-list file written by hand for what its greedy
 * choice does for its audience (a unit outside it gets control). {@code CampaignPolicyTest} checks ties and the
 * holdout on π itself.
 */
class OpeCampaignCliTest {

    @TempDir
    static Path dir;
    static String ws;

    static Offer coupon(String name, double percent, String... eligibility) {
        return new Offer(name, Offer.Kind.COUPON, null, null, null, null, percent, null, null, null, null, null,
                List.of(eligibility));
    }

    @BeforeAll
    static void simulate() {
        ws = dir.resolve("ws").toString();
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            writeExposures(services);
            services.campaigns().create(new Campaign("lapsed", Objective.CONVERSIONS, Audience.ofRule(
                    "history_orders <= 2", null, "campaign_exposures"),
                    List.of(coupon("coupon_20", 20, "recency_days > 90")), null, null));
            services.campaigns().publish("lapsed");
        }
    }

    /**
     * A randomized test in the shape of the simulator's {@code campaign_exposures} (arms control, coupon_10 and
     * coupon_20 with probability 1/3 each), small enough for the normal suite: conversion 5 % + 5 % for a coupon to
     * lapsed users (recency over 90 days) + 3 % for coupon_20.
     */
    static void writeExposures(WorkspaceServices services) {
        List<ColumnMeta> columns = List.of(ColumnMeta.of("user_id", ColumnType.TEXT, ColumnRole.USER_ID),
                ColumnMeta.of("group", ColumnType.CATEGORY, ColumnRole.FEATURE),
                ColumnMeta.of("recency_days", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("history_orders", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("converted", ColumnType.INTEGER, ColumnRole.LABEL));
        Random r = new Random(17);
        String[] arms = {"control", "coupon_10", "coupon_20"};
        try (DatasetWriter writer = services.sink().begin(new DatasetDraft("campaign_exposures", DatasetKind.TABLE,
                "test", "ab".repeat(32), columns))) {
            for (int i = 0; i < 1500; i++) {
                int arm = r.nextInt(3);
                int recency = r.nextInt(180);
                double p = 0.05 + (arm > 0 && recency > 90 ? 0.05 : 0) + (arm == 2 ? 0.03 : 0);
                writer.append(new Object[]{"u" + i, arms[arm], (long) recency, (long) r.nextInt(4),
                        r.nextDouble() < p ? 1L : 0L});
            }
            writer.commit(0);
        }
    }

    @Test
    void aCampaignWithOneConditionalCouponIsItsDecisionList() throws Exception {
        // the campaign's audience (history_orders <= 2) comes first: a unit outside it gets control
        same("lapsed", """
                {"rules": [{"when": "history_orders > 2", "arm": "control"},
                           {"when": "recency_days > 90", "arm": "coupon_20"}], "default": "control"}""");
    }

    @Test
    void anUnknownPolicyIsNamed() {
        CliRun run = ope("ghost");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--policy: there is no policy file ghost and no campaign of that name");
    }

    private void same(String campaign, String policy) throws Exception {
        Path file = Files.writeString(dir.resolve(campaign + ".json"), policy);
        CliRun byCampaign = ope(campaign);
        CliRun byFile = ope(file.toString());
        assertThat(byCampaign.exitCode()).as(byCampaign.err()).isZero();
        assertThat(byFile.exitCode()).as(byFile.err()).isZero();
        JsonNode c = byCampaign.json();
        JsonNode f = byFile.json();
        assertThat(c.get("policy").asText()).isEqualTo("campaign " + campaign);
        for (String method : new String[] {"ips", "snips", "dr"}) {
            for (String field : new String[] {"estimate", "ci_low", "ci_high"}) {
                assertThat(c.get(method).get(field).asDouble()).as(method + "." + field)
                        .isCloseTo(f.get(method).get(field).asDouble(), offset(1e-12));
            }
        }
        assertThat(c.get("policy_shares").toString()).isEqualTo(f.get("policy_shares").toString());
    }

    private static CliRun ope(String policy) {
        return CliRun.of("ope", "--workspace", ws, "--dataset", "campaign_exposures", "--arm-column", "group",
                "--outcome", "converted", "--policy", policy, "--features", "recency_days,history_orders", "--folds", "2", "--json");
    }
}
