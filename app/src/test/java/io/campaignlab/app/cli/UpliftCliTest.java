package io.campaignlab.app.cli;

import io.campaignlab.app.testing.SimulatedWorkspaces;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code uplift} on the simulator's coupon test (with its planted uplift) and on Hillstrom. */
class UpliftCliTest {

    @TempDir
    Path dir;

    /**
     * Through the command line on a small workspace: the run completes, its scores are written and follow the planted
     * uplift. (Whether the Qini beats random needs more units than a small simulation has — about 2,400 held out
     * here; {@code SimulatedUpliftTest} checks it on 12,000.)
     */
    @Test
    void simulatedCouponUpliftFollowsThePlantedUplift() {
        String ws = dir.resolve("ws").toString();
        SimulatedWorkspaces.copy(Path.of(ws), "--users", "8000", "--days", "7", "--json");
        CliRun run = CliRun.of("uplift", "campaign_exposures", "--workspace", ws, "--treatment", "group=coupon_20",
                "--control", "control", "--outcome", "converted", "--learner", "t", "--base", "lr", "--truth",
                "true_uplift_coupon_20", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        System.out.printf("simulator coupon_20 vs control, T-learner/LR: qini %.4f, auuc %.4f, uplift@30 %.4f,"
                        + " correlation with the planted uplift %.3f (%d test units)%n", json.get("qini").asDouble(),
                json.get("auuc").asDouble(), json.get("uplift_at_30").asDouble(),
                json.get("truth_correlation").asDouble(), json.get("test_units").asInt());
        assertThat(json.get("truth_correlation").asDouble()).isGreaterThan(0);
        CliRun datasets = CliRun.of("datasets", "--workspace", ws, "--json");
        assertThat(datasets.out()).contains(json.get("scores").asText());
    }

    @Test
    void hillstromWomensEmailOnVisit() {
        Path file = Path.of(System.getProperty("campaignlab.shared.data", "../shared/data"), "hillstrom",
                "hillstrom.csv");
        assumeTrue(Files.isRegularFile(file), "hillstrom is absent from ../shared/data; skipping");
        String ws = dir.resolve("ws").toString();
        CliRun imported = CliRun.of("import", file.toString(), "--workspace", ws, "--name", "hillstrom", "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        StringBuilder report = new StringBuilder("Hillstrom Womens E-Mail vs No E-Mail on visit, 50/50 split:");
        for (String learner : new String[] {"s", "t", "x", "ct"}) {
            CliRun run = CliRun.of("uplift", "hillstrom", "--workspace", ws, "--treatment", "segment=Womens E-Mail",
                    "--control", "No E-Mail", "--outcome", "visit", "--learner", learner, "--base", "lr",
                    "--test-share", "0.5", "--features", "recency,history_segment,history,mens,womens,zip_code,"
                            + "newbie,channel", "--json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode json = run.json();
            report.append(String.format(java.util.Locale.ROOT, " %s qini %.4f uplift@30 %.4f;", learner,
                    json.get("qini").asDouble(), json.get("uplift_at_30").asDouble()));
            if (!learner.equals("s")) {
                assertThat(json.get("qini").asDouble()).as(learner).isGreaterThan(0);
            }
        }
        System.out.println(report);
    }
}
