package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * explain and drift through the command line, on a simulated workspace whose impressions drift (device mix and
 * price) from day 22 on, with a logistic regression trained on the earlier days (time split).
 */
class ExplainAndDriftCliTest {

    @TempDir
    static Path dir;

    static String ws;

    @BeforeAll
    static void simulateAndTrain() {
        ws = dir.resolve("ws").toString();
        CliRun sim = CliRun.of("simulate", "--workspace", ws, "--users", "3000", "--days", "28", "--drift-after", "21",
                "--json");
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        assertThat(sim.json().get("drift").get("from").asText()).startsWith("2026-01-22");
        CliRun train = CliRun.of("train", "--tune", "off", "--workspace", ws, "--dataset", "impressions", "--model", "lr", "--split",
                "time", "--epochs", "2", "--json");
        assertThat(train.exitCode()).as(train.err()).isZero();
    }

    @Test
    void driftFlagsExactlyThePlantedColumnsAndKeepsTheReport() {
        CliRun drift = CliRun.of("drift", "1", "--from", "2026-01-22", "--to", "2026-01-28", "--workspace", ws,
                "--json");
        assertThat(drift.exitCode()).as(drift.err()).isZero();
        JsonNode report = drift.json().get("report");
        List<String> alerts = new ArrayList<>();
        for (JsonNode row : report.get("rows")) {
            if (row.get("status").asText().equals("ALERT")) {
                alerts.add(row.get("feature").asText());
            }
        }
        assertThat(alerts).containsExactlyInAnyOrder("device", "price");
        assertThat(report.get("current_rows").asInt()).isPositive();
        assertThat(drift.json().get("timeline").get("buckets")).hasSize(7);

        CliRun noDrift = CliRun.of("drift", "1", "--from", "2026-01-15", "--to", "2026-01-21", "--workspace", ws,
                "--json");
        for (JsonNode row : noDrift.json().get("report").get("rows")) {
            assertThat(row.get("status").asText()).as(row.get("feature").asText()).isNotEqualTo("ALERT");
        }
    }

    @Test
    void driftNamesAnEmptyWindowAndABadDate() {
        CliRun empty = CliRun.of("drift", "1", "--from", "2027-01-01", "--to", "2027-01-07", "--workspace", ws);
        assertThat(empty.exitCode()).isNotZero();
        assertThat(empty.err()).contains("no rows from 2027-01-01 to 2027-01-07");
        CliRun bad = CliRun.of("drift", "1", "--from", "22/01/2026", "--to", "2026-01-28", "--workspace", ws);
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("--from must be a date like 2026-01-31");
    }

    @Test
    void simulateRefusesDriftWithoutADay() {
        CliRun run = CliRun.of("simulate", "--workspace", dir.resolve("other").toString(), "--users", "300", "--days",
                "4", "--drift", "device");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--drift needs --drift-after DAY");
    }

    @Test
    void explainRanksFieldsWithIntervalsAndExplainsARowWhoseValuesAddUp() {
        CliRun explain = CliRun.of("explain", "1", "--rows", "3000", "--repeats", "3", "--workspace", ws, "--json");
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        JsonNode importance = explain.json().get("importance");
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode p : importance.get("players")) {
            double mean = p.get("mean_drop").asDouble();
            assertThat(mean).isLessThanOrEqualTo(previous);
            assertThat(p.get("lower").asDouble()).isLessThanOrEqualTo(mean);
            assertThat(p.get("upper").asDouble()).isGreaterThanOrEqualTo(mean);
            previous = mean;
        }
        long rowId = explain.json().get("example").get("row_id").asLong();

        CliRun row = CliRun.of("explain", "1", "--row", String.valueOf(rowId), "--workspace", ws, "--json");
        assertThat(row.exitCode()).as(row.err()).isZero();
        JsonNode shapley = row.json().get("shapley");
        double sum = 0;
        for (JsonNode a : shapley.get("attributions")) {
            sum += a.get("value").asDouble();
        }
        assertThat(shapley.get("base").asDouble() + sum).isCloseTo(shapley.get("prediction").asDouble(),
                within(1e-9));

        CliRun whatIf = CliRun.of("explain", "1", "--row", String.valueOf(rowId), "--what-if", "placement=email",
                "--workspace", ws, "--json");
        assertThat(whatIf.exitCode()).as(whatIf.err()).isZero();
        assertThat(whatIf.json().get("new_value").asText()).isEqualTo("email");
        assertThat(whatIf.json().get("after").get("prediction").asDouble())
                .isNotEqualTo(whatIf.json().get("before").get("prediction").asDouble());
    }
}
