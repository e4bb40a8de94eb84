package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code campaign forecast} of a campaign with three offers on the simulator: coupon_10 for shoppers with at most one
 * past order, coupon_20 for everyone (5 cents a grant), and a dynamic discount. Each coupon is scored by its own
 * uplift run (T-learner against control on {@code campaign_exposures}); the dynamic discount has no model in the
 * forecast and must be named, with its share of the users counted. Checked: the policy's split (a user eligible for
 * k offers gets each with probability 1/k, so every user's shares sum to 1 and coupon_10's share is at most half),
 * the totals are the sums of the coupons' parts, the reach is the offers' reaches, the holdout takes its share, and
 * the budget spend is the paid grants at 5 cents within the budget. About 40 s: slow checks.
 */
@Tag("slow")
class CampaignForecastOffersTest {

    @TempDir
    Path dir;

    @Test
    void severalOffersAreForecastAsThePolicyServesThem() throws Exception {
        String ws = dir.resolve("ws").toString();
        ok(CliRun.of("simulate", "--workspace", ws, "--users", "4000", "--days", "1", "--seed", "4", "--json"));
        long run10 = uplift(ws, "coupon_10");
        long run20 = uplift(ws, "coupon_20");
        Path design = dir.resolve("offers.json");
        Files.writeString(design, "{\"name\": \"Offers\", \"objective\": \"conversions\", \"audience\": {\"rule\":"
                + " \"region != 'islands'\", \"users\": \"users\"}, \"offers\": [{\"name\": \"coupon_10\", \"kind\":"
                + " \"coupon\", \"percent\": 10, \"eligibility\": [\"history_orders <= 1\"]}, {\"name\":"
                + " \"coupon_20\", \"kind\": \"coupon\", \"percent\": 20, \"cost\": {\"per_grant\": 0.05}},"
                + " {\"name\": \"dyn\", \"kind\": \"dynamic_discount\", \"discount_menu\": [0, 5, 10, 15, 20],"
                + " \"min_margin\": 1}], \"constraints\": {\"budget\": 40, \"holdout\": 0.2}}");
        ok(CliRun.of("campaign", "create", "--workspace", ws, "--from", design.toString(), "--json"));
        JsonNode f = ok(CliRun.of("campaign", "forecast", "Offers", "--workspace", ws, "--offer-run",
                "coupon_10=" + run10, "--offer-run", "coupon_20=" + run20, "--model-replicates", "2",
                "--replicates", "200", "--seed", "4", "--device", "cpu", "--json")).json();
        System.out.println("forecast of three offers: " + f);
        JsonNode offers = f.get("offers");
        assertThat(offers).hasSize(3);
        JsonNode c10 = offers.get(0);
        JsonNode c20 = offers.get(1);
        JsonNode dyn = offers.get(2);
        assertThat(dyn.get("not_forecast").asText()).contains("dynamic discount");
        assertThat(f.get("notes").toString()).contains("offer dyn is not forecast");
        double shares = c10.get("eligible_share").asDouble() + c20.get("eligible_share").asDouble()
                + dyn.get("eligible_share").asDouble();
        assertThat(shares).isCloseTo(1, within(1e-9));
        assertThat(c10.get("eligible_share").asDouble()).isGreaterThan(0).isLessThanOrEqualTo(0.5);
        assertThat(c20.get("eligible_share").asDouble()).isGreaterThanOrEqualTo(1 / 3.0);
        for (String figure : new String[]{"incremental_conversions", "incremental_revenue", "incremental_margin",
                "cost"}) {
            assertThat(f.get(figure).get("estimate").asDouble()).as(figure).isCloseTo(c10.get(figure).get("estimate")
                    .asDouble() + c20.get(figure).get("estimate").asDouble(), within(1e-6));
        }
        double reach = c10.get("reach").asDouble() + c20.get("reach").asDouble() + dyn.get("reach").asDouble();
        assertThat(f.get("reach").asLong()).isEqualTo(Math.round(reach));
        int scored = f.get("scored").asInt();
        assertThat(c10.get("reach").asDouble()).isCloseTo(0.8 * scored * c10.get("eligible_share").asDouble(),
                within(1e-6));
        double spend = f.get("budget_spend").asDouble();
        assertThat(spend).isCloseTo(c20.get("reach").asDouble() * 0.05, within(1e-6)).isLessThanOrEqualTo(40.0 + 1e-9);
        assertThat(f.get("budget_mark").get("spend").asDouble()).isLessThanOrEqualTo(40.0);
    }

    private static long uplift(String ws, String arm) {
        return ok(CliRun.of("uplift", "campaign_exposures", "--workspace", ws, "--treatment", "group=" + arm,
                "--control", "control", "--outcome", "converted", "--learner", "t", "--base", "lr", "--seed", "4",
                "--device", "cpu", "--json")).json().get("run").asLong();
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        return run;
    }
}
