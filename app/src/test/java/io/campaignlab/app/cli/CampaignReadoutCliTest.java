package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.CostModel;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionTrace;
import io.campaignlab.engine.campaigns.decide.Feedback;
import io.campaignlab.persistence.campaigns.JdbcDecisionLog;
import io.campaignlab.persistence.campaigns.JdbcDecisionReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code campaign readout NAME}: the decisions log against the holdout, net of what the granted offers cost. A log of
 * 400 treated decisions (60 conversions of 30.00; the last 40, none converting, granted no offer) and 100 holdout ones
 * (10 conversions of 30.00) under a 2.00 coupon and a 0.10 grant cost: the treated arm cost 0.10 × 360 + 2.00 × 60 =
 * 156.00, 0.39 per decision; its net value per decision is (27.90 × 60 − 0.10 × 300) / 400 = 4.11 against 3.00, so
 * 1.11 more, ROI 1.11 / 0.39 = +285%; Welch's 95% interval of that difference, from scipy.stats (t quantile at 165.01
 * df), is −0.9309 to 3.1509; the conversion difference of 5 points has the unpooled Wald interval −1.84 to 11.84.
 */
class CampaignReadoutCliTest {

    @TempDir
    Path dir;

    @Test
    void theLogIsReadOutNetOfTheOffersCostInPlainWords() throws Exception {
        Path ws = dir.resolve("ws");
        try (WorkspaceServices services = WorkspaceServices.open(ws)) {
            Offer coupon = Offer.couponAmount("c2", 2.0);
            coupon = new Offer(coupon.name(), coupon.kind(), null, null, null, coupon.amount(), null, null, null,
                    null, null, new CostModel(0.10, null, null), List.of());
            services.campaigns().create(new Campaign("spring", Objective.CONVERSIONS,
                    Audience.ofRule("purchases_30d >= 1", "events", null), List.of(coupon), null,
                    new Constraints(null, null, 0.2, null, null, null)));
            services.campaigns().publish("spring");
            JdbcDecisionLog log = new JdbcDecisionLog(services.workspace().dataSource(),
                    new JdbcDecisionReader(services.workspace().dataSource()));
            for (int i = 0; i < 500; i++) {
                boolean treated = i < 400;
                String id = "d" + i;
                log.log(decision(id, "u" + i, treated, treated && i < 360));
                if (treated ? i < 60 : i < 410) {
                    log.log(new Feedback(id, Feedback.Event.CONVERSION, 30.0, Instant.parse("2026-12-07T12:05:00Z")));
                }
            }
            log.close();
        }
        CliRun text = CliRun.of("campaign", "readout", "spring", "--workspace", ws.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("400 treated, 100 holdout decisions", "Cost of the treated arm 156.00; ROI"
                + " +285%", "treatment changed converted by +5.0 points (95% CI -1.8 to 11.8)", "revenue per unit changed by +1.11 (95% CI"
                + " -0.93 to 3.15), not distinguishable from no change");
        CliRun json = CliRun.of("campaign", "readout", "spring", "--json", "--workspace", ws.toString());
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(json.out());
        assertThat(r.path("cost").asDouble()).isCloseTo(156.0, within(1e-9));
        assertThat(r.path("roi").asDouble()).isCloseTo(1.11 / 0.39, within(1e-9));
        JsonNode net = r.path("readout").path("net_value").get(0);
        assertThat(net.path("cost_per_conversion").asDouble()).isEqualTo(2.0);
        assertThat(net.path("net_diff").asDouble()).isCloseTo(1.11, within(1e-9));
        assertThat(net.path("ci_low").asDouble()).isCloseTo(-0.9309492, within(1e-6));
        assertThat(net.path("ci_high").asDouble()).isCloseTo(3.1509492, within(1e-6));
    }

    /**
     * Two offers: a 2.00 coupon with a 0.10 grant cost to 200 treated decisions (40 conversions of 30.00), a dynamic
     * discount at 20 % to 200 more (50 conversions of 40.00, the list price 50.00 less 20 %, so 10.00 off each), and
     * 100 holdout decisions (10 conversions of 30.00). By hand: the coupon cost 0.10 × 200 + 2.00 × 40 = 100.00, 20
     * incremental conversions, net revenue 200 × ((1,200 − 100) / 200 − 3.00) = 500.00, ROI +500%; the discount cost
     * 10.00 × 50 = 500.00, 30 incremental conversions, net revenue 200 × (1,500 / 200 − 3.00) = 900.00, ROI +180%;
     * the total 50 and 1,400.00 on 600.00. Welch intervals from scipy.stats (times the decisions): coupon net 25.82 to
     * 974.18, discount net 391.72 to 1,408.28 and conversions 13.06 to 46.94, total net 539.78 to 2,260.22.
     */
    @Test
    void everyOfferServedIsPricedAgainstTheHoldoutBesideTheTotal() throws Exception {
        Path ws = dir.resolve("ws");
        try (WorkspaceServices services = WorkspaceServices.open(ws)) {
            Offer coupon = new Offer("c2", Offer.Kind.COUPON, null, null, null, 2.0, null, null, null, null, null,
                    new CostModel(0.10, null, null), List.of());
            Offer dynamic = Offer.dynamicDiscount("dyn", List.of(0.0, 10.0, 20.0), 5.0, null);
            services.campaigns().create(new Campaign("spring", Objective.CONVERSIONS,
                    Audience.ofRule("purchases_30d >= 1", "events", null), List.of(coupon, dynamic), null,
                    new Constraints(null, null, 0.2, null, null, null)));
            services.campaigns().publish("spring");
            JdbcDecisionLog log = new JdbcDecisionLog(services.workspace().dataSource(),
                    new JdbcDecisionReader(services.workspace().dataSource()));
            Instant at = Instant.parse("2026-12-07T12:05:00Z");
            for (int i = 0; i < 500; i++) {
                String id = "d" + i;
                if (i < 200) {
                    log.log(decision(id, "u" + i, true, true));
                } else if (i < 400) {
                    log.log(discounted(id, "u" + i));
                } else {
                    log.log(decision(id, "u" + i, false, false));
                }
                double value = i < 40 || i >= 400 && i < 410 ? 30.0 : i >= 200 && i < 250 ? 40.0 : 0;
                if (value > 0) {
                    log.log(new Feedback(id, Feedback.Event.CONVERSION, value, at));
                }
            }
            log.close();
        }
        CliRun json = CliRun.of("campaign", "readout", "spring", "--json", "--workspace", ws.toString());
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode offers = new ObjectMapper().readTree(json.out()).path("offers");
        assertThat(offers).hasSize(3);
        check(offers.get(0), "c2", 200, 40, 1_200, 100, 20, 500, 25.821430510, 974.178569490, 5.0);
        check(offers.get(1), "dyn", 200, 50, 2_000, 500, 30, 900, 391.715555884, 1_408.284444116, 1.8);
        assertThat(offers.get(1).path("incremental_conversions").path("ci_low").asDouble())
                .isCloseTo(13.057185196, within(1e-6));
        assertThat(offers.get(1).path("incremental_conversions").path("ci_high").asDouble())
                .isCloseTo(46.942814804, within(1e-6));
        check(offers.get(2), "total", 400, 90, 3_200, 600, 50, 1_400, 539.776649187, 2_260.223350813, 1_400 / 600.0);
    }

    private static void check(JsonNode o, String offer, long decisions, long conversions, double revenue, double cost,
                              double incremental, double net, double netLow, double netHigh, double roi) {
        assertThat(o.path("offer").asText()).isEqualTo(offer);
        assertThat(o.path("decisions").asLong()).isEqualTo(decisions);
        assertThat(o.path("conversions").asLong()).isEqualTo(conversions);
        assertThat(o.path("revenue").asDouble()).isCloseTo(revenue, within(1e-9));
        assertThat(o.path("cost").asDouble()).as(offer + " cost").isCloseTo(cost, within(1e-9));
        assertThat(o.path("incremental_conversions").path("estimate").asDouble()).isCloseTo(incremental,
                within(1e-9));
        assertThat(o.path("net_revenue").path("estimate").asDouble()).isCloseTo(net, within(1e-9));
        assertThat(o.path("net_revenue").path("ci_low").asDouble()).isCloseTo(netLow, within(1e-6));
        assertThat(o.path("net_revenue").path("ci_high").asDouble()).isCloseTo(netHigh, within(1e-6));
        assertThat(o.path("roi").asDouble()).isCloseTo(roi, within(1e-9));
    }

    @Test
    void aCampaignNeverPublishedHasNoReadout() {
        Path ws = dir.resolve("ws");
        try (WorkspaceServices services = WorkspaceServices.open(ws)) {
            services.campaigns().create(new Campaign("draft", Objective.CONVERSIONS,
                    Audience.ofRule("purchases_30d >= 1", "events", null), List.of(Offer.couponPercent("c", 10)),
                    null, new Constraints(null, null, 0.1, null, null, null)));
        }
        CliRun run = CliRun.of("campaign", "readout", "draft", "--workspace", ws.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("campaign 'draft' was never published");
    }

    private static Decision discounted(String id, String user) {
        DecisionTrace trace = new DecisionTrace("all", "greedy", 0.5, 0.2, List.of(), List.of(), List.of(),
                "highest expected value", null);
        return new Decision(id, user, "spring", 1, "treatment", "dyn", 20.0, "percent", 0.5, 0,
                Instant.parse("2026-12-07T12:00:00Z"), List.of(), trace);
    }

    private static Decision decision(String id, String user, boolean treated, boolean granted) {
        DecisionTrace trace = new DecisionTrace("all", "greedy", 0.5, 0.2, List.of(), List.of(), List.of(),
                treated ? "highest expected value" : null, treated ? null : "holdout");
        return new Decision(id, user, "spring", 1, treated ? "treatment" : "holdout", granted ? "c2" : null,
                granted ? 2.0 : null, granted ? "amount" : null, granted ? 0.5 : null, granted ? 10 : 0,
                Instant.parse("2026-12-07T12:00:00Z"), List.of(), trace);
    }
}
