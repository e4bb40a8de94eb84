package io.campaignlab.app.recommend;

import io.campaignlab.app.testing.SimulatedWorkspaces;
import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.RecommendService;
import io.campaignlab.engine.recommend.UserRecommendations;
import io.campaignlab.app.testing.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code recommend train --model bpr} on a small simulated workspace, and what {@code recommend for} serves from the
 * stored BPR model: never an item the user bought (or touched) unless the run allows repurchase, and then exactly the
 * bought items come back as candidates.
 */
class BprCliTest {

    @TempDir
    static Path dir;

    static String ws;

    @BeforeAll
    static void simulate() {
        ws = dir.resolve("ws").toString();
        SimulatedWorkspaces.copy(Path.of(ws), "--users", "1500", "--days", "14", "--json");
    }

    static JsonNode train(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("recommend", "train", "--workspace", ws, "--dataset", "events",
                "--model", "bpr", "--factors", "16", "--epochs", "4", "--regularization", "0.01", "--k", "20",
                "--seed", "3", "--json"));
        args.addAll(List.of(extra));
        CommandRun run = CommandRun.inProcess(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run.json();
    }

    @Test
    void trainsBprAndPrintsItsMetricsAndEpochLossesAsJson() throws Exception {
        JsonNode bpr = train();
        System.out.println("recommend train --model bpr: " + bpr);
        assertThat(bpr.get("model").asText()).isEqualTo("rec-bpr");
        assertThat(bpr.get("protocol").asText()).isEqualTo("leave-last-out");
        assertThat(bpr.get("metrics").get("recall@20").asDouble()).isBetween(0.0, 1.0);
        assertThat(bpr.get("metrics").get("ndcg@20").asDouble()).isBetween(0.0, 1.0);
        assertThat(bpr.get("users").asInt()).isPositive();
        assertThat(bpr.get("loss")).hasSize(4);
        assertThat(bpr.get("loss").get(3).asDouble()).isLessThan(bpr.get("loss").get(0).asDouble());
        assertThat(bpr.get("seconds_per_iteration")).hasSize(4);

        // the run records the device and the BPR settings it was trained with
        JsonNode runs = CommandRun.inProcess("runs", "--workspace", ws, "--json").json();
        assertThat(runs.toString()).contains("rec-bpr").contains("cpu");

        CommandRun text = CommandRun.inProcess("recommend", "for", "1", "--run", bpr.get("run").asText(),
                "--workspace", ws);
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Recommendations:").contains("because you interacted with");
    }

    @Test
    void servedRecommendationsLeaveOutBoughtItemsUnlessRepurchaseIsAllowed() throws Exception {
        long plain = train().get("run").asLong();
        long repurchase = train("--allow-repurchase").get("run").asLong();
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            InteractionLog log = InteractionLog.read(services.frames(), services.datasets().require("events"),
                    EventWeights.defaults(), ProgressListener.none(), new CancellationToken());
            int checked = 0;
            for (int u = 0; u < log.users() && checked < 15; u++) {
                Set<String> bought = new HashSet<>();
                Set<String> touched = new HashSet<>();
                for (int e = log.start(u); e < log.end(u); e++) {
                    touched.add(log.itemId(log.itemOf(e)));
                    if (log.isPurchase(e)) {
                        bought.add(log.itemId(log.itemOf(e)));
                    }
                }
                if (bought.isEmpty()) {
                    continue;
                }
                checked++;
                int all = log.items();
                Set<String> served = items(RecommendService.forUser(services, plain, log.userId(u), all, 0,
                        ProgressListener.none(), new CancellationToken()));
                assertThat(served).as("user %s", log.userId(u)).doesNotContainAnyElementsOf(touched)
                        .hasSize(all - touched.size());
                Set<String> again = items(RecommendService.forUser(services, repurchase, log.userId(u), all, 0,
                        ProgressListener.none(), new CancellationToken()));
                Set<String> touchedNotBought = new HashSet<>(touched);
                touchedNotBought.removeAll(bought);
                assertThat(again).as("user %s", log.userId(u)).containsAll(bought)
                        .doesNotContainAnyElementsOf(touchedNotBought).hasSize(all - touchedNotBought.size());
            }
            assertThat(checked).isEqualTo(15);
        }
    }

    private static Set<String> items(UserRecommendations recs) {
        Set<String> out = new HashSet<>();
        for (UserRecommendations.Recommendation r : recs.recommendations()) {
            out.add(r.item());
        }
        return out;
    }
}
