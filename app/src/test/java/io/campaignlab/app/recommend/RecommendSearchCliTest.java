package io.campaignlab.app.recommend;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.testing.CommandRun;
import io.campaignlab.app.testing.SimulatedWorkspaces;
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
 * {@code recommend train} with the settings search (auto, the default): {@code --json} shows the search, an explicit
 * flag takes its setting out of the space, {@code --budget} bounds the trials, and {@code reproduce} replays the
 * search to the same choice and figures.
 */
class RecommendSearchCliTest {

    @TempDir
    static Path dir;

    static String ws;

    @BeforeAll
    static void simulate() {
        ws = dir.resolve("ws").toString();
        SimulatedWorkspaces.copy(Path.of(ws), "--users", "1500", "--days", "14", "--json");
    }

    static CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", ws, "--json"));
        CommandRun run = CommandRun.inProcess(all.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    @Test
    void theSearchIsShownAndAnExplicitFlagLeavesTheSpace() throws Exception {
        JsonNode knn = run("recommend", "train", "--dataset", "events", "--model", "itemknn", "--budget", "3",
                "--neighbours", "50", "--seed", "5").json();
        JsonNode search = knn.get("search");
        assertThat(search).as(knn.toString()).isNotNull();
        assertThat(search.get("metric").asText()).isEqualTo("val_ndcg@20");
        assertThat(search.get("trials")).hasSize(3);
        Set<String> searched = new HashSet<>();
        search.get("space").get("dimensions").forEach(d -> searched.add(d.get("name").asText()));
        assertThat(searched).containsExactly("shrinkage");
        int chosen = search.get("chosen").asInt();
        double best = search.get("trials").get(chosen).get("score").asDouble();
        search.get("trials").forEach(t -> assertThat(t.get("score").asDouble()).isLessThanOrEqualTo(best));
        assertThat(search.get("trials").get(0).get("settings").get("shrinkage").asDouble()).isEqualTo(10.0);

        JsonNode off = run("recommend", "train", "--dataset", "events", "--model", "itemknn", "--tune", "off").json();
        assertThat(off.has("search")).isFalse();
    }

    @Test
    void theTextNumbersTheTrialsFromOneAsTheWorkbenchDoes() {
        CommandRun text = CommandRun.inProcess("recommend", "train", "--dataset", "events", "--model", "itemknn",
                "--budget", "3", "--seed", "5", "--workspace", ws);
        assertThat(text.code()).as(text.err()).isZero();
        List<String> trials = text.out().lines().filter(l -> l.matches("  [ *] trial .*")).toList();
        assertThat(trials).as(text.out()).hasSize(3);
        // trial 1 is the family's defaults (100 neighbours, shrinkage 10), written as the Search tab writes them
        assertThat(trials.get(0)).matches("  [ *] trial  1  100 neighbours · shrinkage 10 .*");
        assertThat(trials.get(1)).contains(" trial  2  ");
        assertThat(trials.get(2)).contains(" trial  3  ");
        assertThat(trials).filteredOn(l -> l.startsWith("  * ")).hasSize(1);
    }

    @Test
    void reproduceReplaysTheSearch() throws Exception {
        JsonNode als = run("recommend", "train", "--dataset", "events", "--model", "als", "--budget", "3",
                "--iterations", "4", "--factors", "8", "--seed", "11").json();
        assertThat(als.get("search").get("trials")).hasSize(3);
        JsonNode again = run("reproduce", als.get("run").asText()).json();
        assertThat(again.get("match").asBoolean()).as(again.toString()).isTrue();
        assertThat(again.get("same_choice").asBoolean()).isTrue();
        assertThat(again.get("choice")).isEqualTo(again.get("replayed_choice"));
        assertThat(again.get("metrics").has("test_ndcg@20")).isTrue();
        assertThat(again.get("metrics").has("val_ndcg@20")).isTrue();
    }
}
