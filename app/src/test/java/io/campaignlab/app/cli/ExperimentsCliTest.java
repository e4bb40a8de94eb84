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

        // the same assignments joined to the events log: purchases per unit from the exposure on, against a count
        // made here from the stored rows
        CliRun joined = CliRun.of("ab", "campaign_exposures", "--workspace", ws, "--events", "events", "--group",
                "group", "--control", "control", "--metrics", "converted,purchases,revenue", "--unit", "user_id",
                "--time", "exposed_at", "--json");
        assertThat(joined.exitCode()).as(joined.err()).isZero();
        double expected = controlPurchasesPerUnit(ws);
        JsonNode first = joined.json().get("results").get(2);
        assertThat(first.get("metric").asText()).isEqualTo("purchases");
        assertThat(first.get("mean_control").asDouble()).isCloseTo(expected, offset(1e-12));
    }

    /** Mean purchases per control unit at or after its exposure, counted directly from the two datasets. */
    static double controlPurchasesPerUnit(String ws) {
        try (io.campaignlab.app.workspace.WorkspaceServices s = io.campaignlab.app.workspace.WorkspaceServices.open(
                Path.of(ws))) {
            var units = s.frames().read("campaign_exposures", java.util.List.of("user_id", "group", "exposed_at"),
                    io.campaignlab.engine.jobs.ProgressListener.none(), new io.campaignlab.engine.jobs.CancellationToken());
            var events = s.frames().read("events", java.util.List.of("user_id", "event_type", "ts"),
                    io.campaignlab.engine.jobs.ProgressListener.none(), new io.campaignlab.engine.jobs.CancellationToken());
            java.util.Map<Double, Long> exposedAt = new java.util.HashMap<>();
            for (int i = 0; i < units.rows(); i++) {
                if (units.texts("group")[i].equals("control")) {
                    exposedAt.put(units.numbers("user_id")[i], units.times("exposed_at")[i]);
                }
            }
            long purchases = 0;
            for (int i = 0; i < events.rows(); i++) {
                Long at = exposedAt.get(events.numbers("user_id")[i]);
                if (at != null && events.texts("event_type")[i].equals("purchase") && events.times("ts")[i] >= at) {
                    purchases++;
                }
            }
            return purchases / (double) exposedAt.size();
        }
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
