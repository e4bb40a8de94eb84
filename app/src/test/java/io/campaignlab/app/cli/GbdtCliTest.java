package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.testing.SimulatedWorkspaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gradient-boosted trees through the same command-line paths as the networks: train with the tree settings,
 * reproduce, score, explain, the paired comparison with another run, and the options each family refuses. Scoring,
 * explaining and comparing are a slow check.
 */
class GbdtCliTest {

    @TempDir
    static Path dir;

    static String ws;

    static JsonNode trained;

    @BeforeAll
    static void simulateAndTrain() {
        ws = dir.resolve("ws").toString();
        SimulatedWorkspaces.copy(Path.of(ws), "--users", "3000", "--days", "14", "--json");
        CliRun train = CliRun.of("train", "--workspace", ws, "--dataset", "impressions", "--label", "clicked",
                "--model", "gbdt", "--rounds", "60", "--depth", "4", "--eta", "0.2", "--early-stopping", "10",
                "--seed", "7", "--json");
        assertThat(train.exitCode()).as(train.err()).isZero();
        trained = train.json();
    }

    @Test
    void trainsWithTheGivenTreeSettingsAndRecordsThem() {
        assertThat(trained.get("status").asText()).isEqualTo("completed");
        assertThat(trained.get("device").asText()).isEqualTo("cpu()");
        JsonNode test = trained.get("metrics").get("test");
        assertThat(test.get("auc").asDouble()).isBetween(0.55, 1.0);
        assertThat(test.get("auc_ci").get("method").asText()).isEqualTo("delong");
        assertThat(trained.get("epochs").size()).isBetween(trained.get("best_epoch").asInt(), 60);
        JsonNode run = CliRun.of("runs", "--workspace", ws, "--json").json().get("runs").get(0);
        assertThat(run.toString()).contains("gbdt");
    }

    @Test
    void reproduceGrowsTheSameTrees() {
        CliRun run = CliRun.of("reproduce", "1", "--workspace", ws, "--json");
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.json().get("match").asBoolean()).isTrue();
        assertThat(run.json().get("metrics").get("test_auc").get("difference").asDouble()).isZero();
    }

    /** Slow (an LR run and an explanation beside the trees): {@code -Dgroups=slow -DexcludedGroups=none}. */
    @Test
    @Tag("slow")
    void scoresExplainsAndComparesLikeAnyRun() {
        CliRun score = CliRun.of("score", "1", "--dataset", "impressions", "--workspace", ws, "--json");
        assertThat(score.exitCode()).as(score.err()).isZero();
        CliRun explain = CliRun.of("explain", "1", "--workspace", ws, "--rows", "500", "--repeats", "2", "--json");
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.json().get("importance").get("players")).isNotEmpty();
        assertThat(explain.json().get("weights").isNull()).isTrue();
        CliRun lr = CliRun.of("train", "--workspace", ws, "--dataset", "impressions", "--label", "clicked",
                "--model", "lr", "--epochs", "1", "--seed", "7", "--json");
        assertThat(lr.exitCode()).as(lr.err()).isZero();
        long other = lr.json().get("run").asLong();
        JsonNode comparison = CliRun.of("evaluate", "1", "--against", String.valueOf(other), "--workspace", ws,
                "--json").json().get("comparison");
        assertThat(comparison.get("shared_rows").asLong())
                .isEqualTo(trained.get("metrics").get("test").get("rows").asLong());
        assertThat(comparison.get("p_value").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void eachFamilyRefusesTheOthersSettings() {
        CliRun trees = CliRun.of("train", "--workspace", ws, "--dataset", "impressions", "--model", "lr",
                "--rounds", "5");
        assertThat(trees.exitCode()).isEqualTo(1);
        assertThat(trees.err()).contains("--rounds is a gbdt setting");
        CliRun network = CliRun.of("train", "--workspace", ws, "--dataset", "impressions", "--model", "gbdt",
                "--epochs", "3");
        assertThat(network.exitCode()).isEqualTo(1);
        assertThat(network.err()).contains("--epochs sets a network");
        CliRun bad = CliRun.of("train", "--workspace", ws, "--dataset", "impressions", "--model", "gbdt",
                "--subsample", "1.5");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("subsample");
    }
}
