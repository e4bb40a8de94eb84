package io.campaignlab.app.recommend;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.app.testing.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code recommend train --model gru4rec} and {@code recommend for} on a small simulated workspace: the run records
 * the session-next-item protocol, the metrics, the reports and the model, and serves the user's latest session with
 * reasons.
 */
class SessionRecommendCliTest {

    @TempDir
    static Path dir;

    static String ws;

    @BeforeAll
    static void simulate() {
        ws = dir.resolve("ws").toString();
        CommandRun sim = CommandRun.inProcess("simulate", "--workspace", ws, "--users", "1000", "--days", "14",
                "--json");
        assertThat(sim.code()).as(sim.err()).isZero();
    }

    @Test
    void trainsGru4RecOnSessionsAndRecommendsForTheLatestSession() throws Exception {
        CommandRun train = CommandRun.inProcess("recommend", "train", "--workspace", ws, "--dataset", "events",
                "--model", "gru4rec",
                "--epochs", "2", "--hidden", "16", "--embedding", "16", "--max-length", "10", "--seed", "3",
                "--device", "cpu", "--json");
        assertThat(train.code()).as(train.err()).isZero();
        JsonNode r = train.json();
        System.out.println("simulator gru4rec: " + r.get("metrics") + " baselines " + r.get("baselines"));
        assertThat(r.get("model").asText()).isEqualTo("rec-gru4rec");
        assertThat(r.get("protocol").asText()).isEqualTo("session-next-item");
        assertThat(r.get("protocol_spec").get("sessions").asText()).contains("session_id");
        assertThat(r.get("predictions").asLong()).isPositive();
        double recall = r.get("metrics").get("recall@20").asDouble();
        assertThat(recall).isBetween(0.0, 1.0);
        assertThat(r.get("metrics").get("mrr@20").asDouble()).isBetween(0.0, recall);
        assertThat(r.get("baselines").has("itemknn-last")).isTrue();
        assertThat(r.get("loss")).hasSize(2);
        long run = r.get("run").asLong();

        // recorded: the run with its protocol, metrics, reports and artifact
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            RunRecord record = services.runs().require(run);
            assertThat(record.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(record.spec().modelKind()).isEqualTo("rec-gru4rec");
            assertThat(record.spec().splitJson()).contains("SESSION_NEXT_ITEM").contains("session_id");
            assertThat(services.runs().metrics(run)).extracting(RunMetric::name).contains("recall@20", "mrr@20",
                    "itemknn-last recall@20");
            assertThat(services.runs().report(run, "recommend", "")).isPresent();
            assertThat(services.runs().report(run, "recommend-session", "")).isPresent();
            assertThat(services.runs().artifacts(run)).singleElement()
                    .satisfies(a -> assertThat(a.path().toString()).endsWith("run-" + run + ".gru4rec.zip"));
        }

        CommandRun forUser = CommandRun.inProcess("recommend", "for", "1", "--run", Long.toString(run), "--k", "5",
                "--workspace", ws,
                "--json");
        assertThat(forUser.code()).as(forUser.err()).isZero();
        JsonNode recs = forUser.json();
        assertThat(recs.get("model").asText()).isEqualTo("rec-gru4rec");
        assertThat(recs.get("recommendations")).hasSize(5);
        assertThat(recs.get("history").size()).isPositive();
        CommandRun text = CommandRun.inProcess("recommend", "for", "1", "--run", Long.toString(run), "--workspace", ws);
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Next-click recommendations for the latest session:");

        CommandRun badProtocol = CommandRun.inProcess("recommend", "train", "--workspace", ws, "--dataset", "events",
                "--model", "gru4rec",
                "--protocol", "chronological");
        assertThat(badProtocol.code()).isNotZero();
        assertThat(badProtocol.err()).contains("session-next-item");
    }
}
