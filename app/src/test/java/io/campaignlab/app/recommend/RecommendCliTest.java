package io.campaignlab.app.recommend;

import io.campaignlab.app.testing.SimulatedWorkspaces;
import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.als.AlsRecommender;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.recommend.evaluation.EvaluationSplit;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.InteractionLog;
import io.campaignlab.engine.recommend.knn.ItemKnnRecommender;
import io.campaignlab.engine.recommend.ItemRecommender;
import io.campaignlab.engine.recommend.PopularityRecommender;
import io.campaignlab.engine.recommend.evaluation.RankingEvaluator;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.app.testing.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Acceptance on the simulator: recommend train and recommend for through the command line. */
class RecommendCliTest {

    @TempDir
    static Path dir;

    static String ws;

    @BeforeAll
    static void simulate() {
        ws = dir.resolve("ws").toString();
        SimulatedWorkspaces.copy(Path.of(ws), "--users", "3000", "--days", "14", "--json");
    }

    static JsonNode train(String model, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("recommend", "train", "--workspace", ws, "--dataset",
                "events", "--model", model, "--k", "20", "--seed", "7", "--tune", "off", "--json"));
        args.addAll(List.of(extra));
        CommandRun run = CommandRun.inProcess(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run.json();
    }

    @Test
    void alsAndItemKnnBeatPopularityUnderLeaveLastOut() throws Exception {
        JsonNode pop = train("pop");
        JsonNode knn = train("itemknn");
        JsonNode als = train("als", "--factors", "8", "--iterations", "10", "--alpha", "20", "--regularization", "5");
        for (JsonNode r : List.of(pop, knn, als)) {
            System.out.printf("simulator %-12s recall@20 %.4f ndcg@20 %.4f mrr@20 %.4f coverage@20 %.4f"
                            + " popularity_bias %.3f users %d (%.1f s)%n", r.get("model").asText(),
                    r.get("metrics").get("recall@20").asDouble(), r.get("metrics").get("ndcg@20").asDouble(),
                    r.get("metrics").get("mrr@20").asDouble(), r.get("metrics").get("coverage@20").asDouble(),
                    r.get("metrics").get("popularity_bias").asDouble(), r.get("users").asInt(),
                    r.get("seconds").asDouble());
            assertThat(r.get("protocol").asText()).isEqualTo("leave-last-out");
            assertThat(r.get("run").asLong()).isPositive();
        }
        assertThat(pop.get("model").asText()).isEqualTo("rec-pop");
        double popRecall = pop.get("metrics").get("recall@20").asDouble();
        assertThat(knn.get("metrics").get("recall@20").asDouble()).isGreaterThan(popRecall);
        assertThat(als.get("metrics").get("recall@20").asDouble()).isGreaterThan(popRecall);

        // the run is recorded with provenance, test metrics and the report
        JsonNode runs = CommandRun.inProcess("runs", "--workspace", ws, "--json").json();
        assertThat(runs.toString()).contains("rec-als").contains("rec-itemknn");

        // recommend for: history and reasons from the stored model
        CommandRun forUser = CommandRun.inProcess("recommend", "for", "1", "--run", knn.get("run").asText(),
                "--workspace", ws, "--json");
        assertThat(forUser.code()).as(forUser.err()).isZero();
        JsonNode recs = forUser.json();
        assertThat(recs.get("recommendations")).hasSize(10);
        assertThat(recs.get("history").size()).isPositive();
        CommandRun text = CommandRun.inProcess("recommend", "for", "1", "--run", als.get("run").asText(),
                "--workspace", ws);
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Recommendations:").contains("because you interacted with");
    }

    @Test
    void noRecommendationIsAnItemTheUserBought() throws Exception {
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            var dataset = services.datasets().require("events");
            InteractionLog log = InteractionLog.read(services.frames(), dataset, EventWeights.defaults(),
                    ProgressListener.none(), new CancellationToken());
            EvaluationSplit split = EvaluationSplit.of(log, EvaluationProtocol.leaveLastOut(20));
            for (ItemRecommender model : List.of(new PopularityRecommender(false), new ItemKnnRecommender(),
                    new AlsRecommender())) {
                RecommenderSpec spec = RecommenderSpec.defaults(model.kind()).withFactors(16).withIterations(5);
                model.fit(split.train(), spec, ProgressListener.none(), new CancellationToken());
                int[][] lists = RankingEvaluator.topLists(model, split, 2, ProgressListener.none(),
                        new CancellationToken());
                int checked = 0;
                for (int u = 0; u < lists.length; u++) {
                    if (lists[u] == null) {
                        continue;
                    }
                    BitSet bought = new BitSet();
                    for (int e = log.start(u); e < log.end(u); e++) {
                        // everything bought before the held-out time is in training
                        if (log.isPurchase(e) && log.timeOf(e) < heldOutTime(log, u, split.targets()[u][0])) {
                            bought.set(log.itemOf(e));
                        }
                    }
                    assertThat(bought.get(split.targets()[u][0])).isFalse();
                    for (int i : lists[u]) {
                        assertThat(bought.get(i)).as("%s recommended bought item %s to user %s", model.kind(),
                                log.itemId(i), log.userId(u)).isFalse();
                    }
                    checked++;
                }
                assertThat(checked).isGreaterThan(100);
            }
        }
    }

    /** The held-out event's time: the user's first purchase of the held-out item (never bought before it). */
    private static long heldOutTime(InteractionLog log, int u, int item) {
        for (int e = log.start(u); e < log.end(u); e++) {
            if (log.isPurchase(e) && log.itemOf(e) == item) {
                return log.timeOf(e);
            }
        }
        return Long.MAX_VALUE;
    }

    @Test
    void chronologicalProtocolRunsAndIsStored() throws Exception {
        JsonNode recent = train("recent", "--protocol", "chronological");
        assertThat(recent.get("protocol").asText()).isEqualTo("chronological");
        assertThat(recent.get("model").asText()).isEqualTo("rec-recent");
        assertThat(recent.get("metrics").get("recall@20").asDouble()).isBetween(0.0, 1.0);
        System.out.printf("simulator chronological rec-recent recall@20 %.4f ndcg@20 %.4f users %d%n",
                recent.get("metrics").get("recall@20").asDouble(), recent.get("metrics").get("ndcg@20").asDouble(),
                recent.get("users").asInt());
    }

    @Test
    void benchRecommendPrintsSecondsPerIteration() throws Exception {
        CommandRun bench = CommandRun.inProcess("bench", "recommend", "--interactions", "20000", "--users", "2000",
                "--items", "500",
                "--factors", "8", "--iterations", "2", "--json");
        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(bench.json().get("median_seconds").asDouble()).isPositive();
    }
}
