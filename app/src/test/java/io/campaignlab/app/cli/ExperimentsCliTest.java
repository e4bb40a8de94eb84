package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code ab} and {@code power} through the command line. */
class ExperimentsCliTest {

    @TempDir
    Path dir;

    @Test
    void powerPrintsUnitsPerArm() {
        CliRun run = CliRun.of("power", "--base", "0.106", "--mde", "0.01", "--traffic", "2000", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // the hand-worked figure of PlanningAndSequenceTest: 15,489.25 → 15,490 per arm
        assertThat(run.json().get("per_arm").asLong()).isBetween(15_489L, 15_491L);
        assertThat(run.json().get("days").asDouble()).isCloseTo(2 * run.json().get("control").asLong() / 2000.0,
                offset(1e-9));
    }

    @Test
    void abReadsOutTheSimulatedCouponTest() {
        String ws = dir.resolve("ws").toString();
        CliRun sim = CliRun.of("simulate", "--workspace", ws, "--users", "3000", "--days", "7", "--json");
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        CliRun run = CliRun.of("ab", "campaign_exposures", "--workspace", ws, "--group", "group", "--control",
                "control", "--metrics", "converted,spend,spend/visits", "--cuped", "history_spend", "--unit",
                "user_id", "--time", "exposed_at", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("srm_p").asDouble()).isGreaterThan(0.001);
        assertThat(json.get("health").get("overlap_units").asLong()).isZero();
        assertThat(json.get("results")).hasSize(6);
        for (JsonNode r : json.get("results")) {
            assertThat(r.get("ci_low").asDouble()).isLessThanOrEqualTo(r.get("diff").asDouble());
            assertThat(r.get("ci_high").asDouble()).isGreaterThanOrEqualTo(r.get("diff").asDouble());
            assertThat(r.get("p_adjusted").asDouble()).isGreaterThanOrEqualTo(r.get("p_value").asDouble());
        }
        assertThat(json.get("cuped")).hasSize(4);
        assertThat(json.get("results").get(0).get("kind").asText()).isEqualTo("binary");
        assertThat(json.get("results").get(4).get("kind").asText()).isEqualTo("ratio");
    }

    @Test
    void abOnHillstrom() {
        Path file = Path.of(System.getProperty("campaignlab.shared.data", "../shared/data"), "hillstrom",
                "hillstrom.csv");
        assumeTrue(Files.isRegularFile(file), "hillstrom is absent from ../shared/data; skipping");
        String ws = dir.resolve("ws").toString();
        CliRun imported = CliRun.of("import", file.toString(), "--workspace", ws, "--name", "hillstrom", "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliRun run = CliRun.of("ab", "hillstrom", "--workspace", ws, "--group", "segment", "--control", "No E-Mail",
                "--metrics", "visit,conversion,spend", "--cuped", "history", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode womensVisit = null;
        for (JsonNode r : run.json().get("results")) {
            if (r.get("arm").asText().equals("Womens E-Mail") && r.get("metric").asText().equals("visit")) {
                womensVisit = r;
            }
        }
        assertThat(womensVisit).isNotNull();
        assertThat(womensVisit.get("diff").asDouble()).isCloseTo(0.0452, offset(0.00005));
        JsonNode counts = run.json().get("health").get("counts");
        assertThat(counts.get("No E-Mail").asLong()).isEqualTo(21_306);
        assertThat(counts.get("Mens E-Mail").asLong()).isEqualTo(21_307);
        assertThat(counts.get("Womens E-Mail").asLong()).isEqualTo(21_387);
        assertThat(run.json().get("srm_p").asDouble()).isGreaterThan(0.001);
    }
}
