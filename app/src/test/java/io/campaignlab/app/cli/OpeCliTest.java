package io.campaignlab.app.cli;

import io.campaignlab.app.testing.SimulatedWorkspaces;
import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code ope} on a simulated workspace (against the planted truth) and on Hillstrom. */
class OpeCliTest {

    static final String POLICY = """
            {"rules": [{"when": "recency_days > 90", "arm": "coupon_20"},
                       {"when": "history_orders <= 1", "arm": "coupon_20"}],
             "default": "control"}""";

    @TempDir
    Path dir;

    /**
     * The DR interval covers the policy's planted value, read from the workspace's truth columns: the mean of
     * true_p_control plus true_uplift_coupon_20 where the policy gives coupon_20. A constant policy's SNIPS is the
     * arm's own mean (weights 3 on its units, 0 elsewhere).
     */
    @Test
    void simulatedCouponPolicyIsCoveredByTheDrInterval() throws IOException {
        String ws = dir.resolve("ws").toString();
        SimulatedWorkspaces.copy(Path.of(ws), "--users", "8000", "--days", "7", "--json");
        Path policy = Files.writeString(dir.resolve("lapsed.json"), POLICY);
        CliRun run = CliRun.of("ope", "--workspace", ws, "--dataset", "campaign_exposures", "--arm-column", "group",
                "--outcome", "converted", "--policy", policy.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        double truth;
        double controlMean;
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            Frame f = services.frames().read("campaign_exposures", List.of("group", "converted", "recency_days",
                    "history_orders", "true_p_control", "true_uplift_coupon_20"), ProgressListener.none(),
                    new CancellationToken());
            truth = plantedValue(f);
            controlMean = armMean(f, "control");
        }
        System.out.printf(Locale.ROOT, "ope on the simulator (%d units): truth %.4f; IPS %s; SNIPS %s; DR %s%n",
                json.get("n").asInt(), truth, text(json.get("ips")), text(json.get("snips")), text(json.get("dr")));
        for (String method : new String[] {"ips", "snips", "dr"}) {
            assertThat(json.get(method).get("ci_low").asDouble()).as(method)
                    .isLessThan(json.get(method).get("estimate").asDouble());
            assertThat(json.get(method).get("ci_high").asDouble()).as(method)
                    .isGreaterThan(json.get(method).get("estimate").asDouble());
        }
        assertThat(json.get("dr").get("ci_low").asDouble()).isLessThanOrEqualTo(truth);
        assertThat(json.get("dr").get("ci_high").asDouble()).isGreaterThanOrEqualTo(truth);
        assertThat(json.get("propensities").get("coupon_20").asDouble()).isCloseTo(1.0 / 3, offset(1e-12));
        // the default features: the pre-treatment columns only (no outcome, spend, arm, time or planted truth)
        assertThat(json.get("features").toString()).isEqualTo("[\"age_band\",\"region\",\"device\","
                + "\"history_spend\",\"history_orders\",\"recency_days\",\"visits\"]");

        Path constant = Files.writeString(dir.resolve("control.json"), "{\"default\": \"control\"}");
        CliRun everyone = CliRun.of("ope", "--workspace", ws, "--dataset", "campaign_exposures", "--arm-column",
                "group", "--outcome", "converted", "--policy", constant.toString(), "--json");
        assertThat(everyone.exitCode()).as(everyone.err()).isZero();
        assertThat(everyone.json().get("snips").get("estimate").asDouble()).isCloseTo(controlMean, offset(1e-12));

        CliRun text = CliRun.of("ope", "--workspace", ws, "--dataset", "campaign_exposures", "--arm-column", "group",
                "--outcome", "converted", "--policy", policy.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Policy lapsed.json on campaign_exposures: 8,000 units")
                .contains(String.format(Locale.ROOT, "%.4f", json.get("dr").get("estimate").asDouble()));

        // propensities that the arms' counts contradict (1/2, 1/4, 1/4 against about 1/3 each) draw a warning
        CliRun skewed = CliRun.of("ope", "--workspace", ws, "--dataset", "campaign_exposures", "--arm-column",
                "group", "--outcome", "converted", "--policy", policy.toString(), "--propensities",
                "control=0.5,coupon_10=0.25,coupon_20=0.25", "--json");
        assertThat(skewed.exitCode()).as(skewed.err()).isZero();
        assertThat(skewed.json().get("warnings").toString()).contains("do not match the propensities used");
        assertThat(skewed.json().get("propensity_source").asText()).isEqualTo("given per arm");

        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"rules\": [{\"when\": \"recency_days > 90\","
                + " \"arm\": \"coupon_20\"}, {\"when\": \"recency > 3\", \"arm\": \"coupon_10\"}],"
                + " \"default\": \"control\"}");
        CliRun refused = CliRun.of("ope", "--workspace", ws, "--dataset", "campaign_exposures", "--arm-column",
                "group", "--outcome", "converted", "--policy", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("no column 'recency' (named by the policy)");
    }

    @Test
    void hillstromEmailByPastPurchases() throws IOException {
        Path file = Path.of(System.getProperty("campaignlab.shared.data", "../shared/data"), "hillstrom",
                "hillstrom.csv");
        assumeTrue(Files.isRegularFile(file), "hillstrom is absent from ../shared/data; skipping");
        String ws = dir.resolve("ws").toString();
        CliRun imported = CliRun.of("import", file.toString(), "--workspace", ws, "--name", "hillstrom", "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Path policy = Files.writeString(dir.resolve("by-purchases.json"), """
                {"rules": [{"when": "womens = 1", "arm": "Womens E-Mail"},
                           {"when": "mens = 1", "arm": "Mens E-Mail"}],
                 "default": "No E-Mail"}""");
        StringBuilder report = new StringBuilder("Hillstrom, visit:");
        for (Path p : new Path[] {policy, Files.writeString(dir.resolve("womens.json"), "{\"default\":"
                + " \"Womens E-Mail\"}"), Files.writeString(dir.resolve("none.json"), "{\"default\": \"No E-Mail\"}")}) {
            CliRun run = CliRun.of("ope", "--workspace", ws, "--dataset", "hillstrom", "--arm-column", "segment",
                    "--outcome", "visit", "--policy", p.toString(), "--features",
                    "recency,history_segment,history,mens,womens,zip_code,newbie,channel", "--json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode json = run.json();
            assertThat(json.get("n").asInt()).isEqualTo(64_000);
            assertThat(json.get("warnings")).isEmpty();
            report.append(String.format(Locale.ROOT, " %s: IPS %s, SNIPS %s, DR %s (shares %s);", p.getFileName(),
                    text(json.get("ips")), text(json.get("snips")), text(json.get("dr")), json.get("policy_shares")));
            // the DR interval overlaps the IPS one: two estimates of the same value
            assertThat(json.get("dr").get("ci_low").asDouble()).isLessThan(json.get("ips").get("ci_high").asDouble());
            assertThat(json.get("dr").get("ci_high").asDouble()).isGreaterThan(json.get("ips").get("ci_low")
                    .asDouble());
        }
        System.out.println(report);
    }

    private static double plantedValue(Frame f) {
        double[] recency = f.numbers("recency_days");
        double[] orders = f.numbers("history_orders");
        double[] p0 = f.numbers("true_p_control");
        double[] u20 = f.numbers("true_uplift_coupon_20");
        double s = 0;
        for (int i = 0; i < p0.length; i++) {
            s += p0[i] + (recency[i] > 90 || orders[i] <= 1 ? u20[i] : 0);
        }
        return s / p0.length;
    }

    private static double armMean(Frame f, String arm) {
        String[] groups = f.column("group").asLabels();
        double[] y = f.numbers("converted");
        double s = 0;
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (arm.equals(groups[i])) {
                s += y[i];
                n++;
            }
        }
        return s / n;
    }

    private static String text(JsonNode e) {
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", e.get("estimate").asDouble(),
                e.get("ci_low").asDouble(), e.get("ci_high").asDouble());
    }
}
