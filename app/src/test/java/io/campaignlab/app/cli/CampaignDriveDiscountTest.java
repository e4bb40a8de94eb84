package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code campaign drive} answers a 15% coupon, a level only {@code discount_test} plants, from that test's planted
 * P(buy | d): with every simulated user driven and half held out, each arm's conversion rate lies within 4 binomial
 * standard errors of the planted mean P(buy) at its level (15% for the treated, 0% for the holdout), read from the
 * dataset's ground-truth columns by {@code profile}. About 30 s on two busy cores (five commands, each opening the
 * workspace, and a service started for the drive), so it runs with the slow checks:
 * {@code mvn -pl app test -Dgroups=slow -DexcludedGroups=none -Dtest=CampaignDriveDiscountTest}.
 */
@Tag("slow")
class CampaignDriveDiscountTest {

    static final int USERS = 1_200;

    @TempDir
    Path dir;

    @Test
    void aFifteenPercentCouponIsAnsweredFromTheDiscountTestsPlantedResponse() throws Exception {
        String ws = dir.resolve("ws").toString();
        ok(CliRun.of("simulate", "--workspace", ws, "--users", String.valueOf(USERS), "--days", "1", "--seed", "9",
                "--json"));
        JsonNode profile = ok(CliRun.of("profile", "discount_test", "--workspace", ws, "--json")).json();
        Path design = dir.resolve("deep.json");
        Files.writeString(design, "{\"name\": \"Deep\", \"objective\": \"conversions\", \"audience\": {\"rule\":"
                + " \"region != 'nowhere'\", \"users\": \"users\"}, \"offers\": [{\"name\": \"coupon_15\", \"kind\":"
                + " \"coupon\", \"percent\": 15}], \"constraints\": {\"holdout\": 0.5}}");
        ok(CliRun.of("campaign", "create", "--workspace", ws, "--from", design.toString(), "--json"));
        ok(CliRun.of("campaign", "publish", "Deep", "--workspace", ws, "--json"));
        JsonNode drive = ok(CliRun.of("campaign", "drive", "Deep", "--workspace", ws, "--users",
                String.valueOf(USERS), "--seed", "9", "--json")).json();
        assertThat(drive.get("answered_by").asText()).isEqualTo("discount_test");
        assertThat(drive.get("errors").asLong()).as(drive.toString()).isZero();
        long treated = drive.get("treated").asLong();
        long holdout = drive.get("holdout").asLong();
        assertThat(treated + holdout).isEqualTo(USERS);
        assertThat(drive.get("offered").asLong()).isEqualTo(treated);
        within4Se(drive.get("conversions_treated").asLong(), treated, mean(profile, "true_p_buy_15"));
        within4Se(drive.get("conversions_holdout").asLong(), holdout, mean(profile, "true_p_buy_0"));
    }

    private static void within4Se(long conversions, long users, double planted) {
        double se = Math.sqrt(planted * (1 - planted) / users);
        assertThat(conversions / (double) users).as("rate of %d users against planted %.4f", users, planted)
                .isBetween(planted - 4 * se, planted + 4 * se);
    }

    private static double mean(JsonNode profile, String column) {
        for (JsonNode c : profile.findValues("columns").get(0)) {
            if (column.equals(c.path("name").asText())) {
                return c.get("mean").asDouble();
            }
        }
        throw new AssertionError("profile has no column " + column + ": " + profile);
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        return run;
    }
}
