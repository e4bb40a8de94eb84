package io.campaignlab.app.recommend;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.testing.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code recommend train --model cdr --source} and {@code recommend for} on two tiny imported events datasets,
 * "fashion" (target) and "electronics" (source), with planted taste: each group A user (60) views all of fashion
 * items a0..a4 and five draws from electronics x0..x9; each group B user (30) all of b0..b4 and draws from y0..y9.
 * User ids are shared. User "solo" has electronics events only (B taste).
 */
class CrossDomainCliTest {

    @TempDir
    static Path dir;

    static String ws;

    @BeforeAll
    static void importTwoDomains() throws Exception {
        ws = dir.resolve("ws").toString();
        SplittableRandom random = new SplittableRandom(4);
        StringBuilder fashion = new StringBuilder("user_id,item_id,event_type,timestamp\n");
        StringBuilder electronics = new StringBuilder("user_id,item_id,event_type,timestamp\n");
        for (int u = 0; u < 90; u++) {
            String g = u < 60 ? "a" : "b";
            String s = u < 60 ? "x" : "y";
            for (int e = 0; e < 5; e++) {
                fashion.append("u").append(u).append(',').append(g).append(e).append(",view,")
                        .append(time(u, e)).append('\n');
            }
            for (int e = 0; e < 5; e++) {
                electronics.append("u").append(u).append(',').append(s).append(random.nextInt(10)).append(",view,")
                        .append(time(u, e)).append('\n');
            }
        }
        for (int e = 0; e < 5; e++) {
            electronics.append("solo,y").append(e).append(",view,").append(time(99, e)).append('\n');
        }
        Path f = Files.writeString(dir.resolve("fashion.csv"), fashion);
        Path x = Files.writeString(dir.resolve("electronics.csv"), electronics);
        for (Path p : List.of(f, x)) {
            String name = p.getFileName().toString().replace(".csv", "");
            CommandRun imported = CommandRun.inProcess("import", p.toString(), "--workspace", ws, "--name", name,
                    "--kind", "events");
            assertThat(imported.code()).as(imported.err()).isZero();
        }
    }

    private static String time(int u, int e) {
        return String.format("2024-03-%02d %02d:%02d:00", 1 + e, u % 24, u % 60);
    }

    static JsonNode train(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("recommend", "train", "--workspace", ws, "--dataset", "fashion",
                "--model", "cdr", "--source", "electronics", "--k", "5", "--factors", "4", "--iterations", "15",
                "--regularization", "0.1", "--alpha", "10", "--cold-share", "0.25", "--seed", "7", "--tune", "off",
                "--json"));
        args.addAll(List.of(extra));
        CommandRun run = CommandRun.inProcess(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run.json();
    }

    @Test
    void coldUsersGetTheirOwnGroupsItemsAndTheRunIsRecordedAndServed() throws Exception {
        JsonNode r = train();
        System.out.println("cdr cli: " + r);
        assertThat(r.get("model").asText()).isEqualTo("rec-cdr");
        assertThat(r.get("protocol").asText()).isEqualTo("cold-start");
        assertThat(r.get("shared_users").asInt()).isEqualTo(90);
        assertThat(r.get("held_out_users").asInt()).isEqualTo(23); // round(0.25 × 90)
        assertThat(r.get("users").asInt()).isEqualTo(23);
        assertThat(r.get("items").asInt()).isEqualTo(10);
        double cdr = r.get("metrics").get("ndcg@5").asDouble();
        double pop = r.get("baseline").get("metrics").get("ndcg@5").asDouble();
        // a held-out user's truth is their group's whole block of five: the transfer model's top 5 is that block
        // (NDCG@5 = recall@5 = 1); popularity's top 5 is A's block (60 viewers against 30), so it scores 1 for a
        // held-out A user and 0 for a B user: NDCG@5 = (held-out A users) / 23, below 1 as B users are held out
        assertThat(cdr).isCloseTo(1.0, within(1e-9));
        assertThat(r.get("metrics").get("recall@5").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(pop).isLessThan(1.0);
        assertThat(pop * 23).isCloseTo(Math.rint(pop * 23), within(1e-9));
        assertThat(r.get("baseline").get("metrics").get("recall@5").asDouble()).isCloseTo(pop, within(1e-9));

        // recorded: the run list, its metrics (with the baseline) and artifact
        CommandRun runs = CommandRun.inProcess("runs", "--workspace", ws, "--json");
        assertThat(runs.out()).contains("rec-cdr");

        // served: a source-only user of group B gets B's fashion items, because of electronics items
        CommandRun solo = CommandRun.inProcess("recommend", "for", "solo", "--run", r.get("run").asText(), "--k", "5",
                "--workspace", ws,
                "--json");
        assertThat(solo.code()).as(solo.err()).isZero();
        JsonNode recs = solo.json().get("recommendations");
        assertThat(recs).hasSize(5);
        for (JsonNode rec : recs) {
            assertThat(rec.get("item").asText()).startsWith("b");
            assertThat(rec.get("because").toString()).contains("electronics:y");
        }
        assertThat(solo.json().get("history").toString()).contains("electronics:y0");

        // a user with fashion history: none of their fashion items comes back
        CommandRun warm = CommandRun.inProcess("recommend", "for", "u70", "--run", r.get("run").asText(), "--k", "3",
                "--history", "100",
                "--workspace", ws, "--json");
        assertThat(warm.code()).as(warm.err()).isZero();
        List<String> seen = new ArrayList<>();
        for (JsonNode e : warm.json().get("history")) {
            seen.add(e.get("item").asText());
        }
        assertThat(seen).hasSize(10);
        for (JsonNode rec : warm.json().get("recommendations")) {
            assertThat(seen).doesNotContain(rec.get("item").asText());
        }
        CommandRun text = CommandRun.inProcess("recommend", "for", "solo", "--run", r.get("run").asText(), "--k", "3",
                "--workspace", ws);
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Recommendations:").contains("because you interacted with");
    }

    @Test
    void theTextReportShowsBothModels() {
        CommandRun run = CommandRun.inProcess("recommend", "train", "--workspace", ws, "--dataset", "fashion",
                "--model", "cdr", "--source",
                "electronics", "--factors", "4", "--regularization", "0.1", "--alpha", "10", "--k", "5", "--tune", "off");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("cold-start").contains("of 90 shared users held out")
                .contains("cdr                ndcg@5 ").contains("target popularity  ndcg@5 ");
    }

    @Test
    void cdrWithoutASourceSaysWhatIsMissing() {
        CommandRun run = CommandRun.inProcess("recommend", "train", "--workspace", ws, "--dataset", "fashion",
                "--model", "cdr");
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("--source");
        CommandRun same = CommandRun.inProcess("recommend", "train", "--workspace", ws, "--dataset", "fashion",
                "--model", "cdr", "--source",
                "fashion");
        assertThat(same.code()).isNotZero();
        assertThat(same.err()).contains("must differ");
        CommandRun share = CommandRun.inProcess("recommend", "train", "--workspace", ws, "--dataset", "fashion",
                "--model", "cdr", "--source",
                "electronics", "--cold-share", "1.5");
        assertThat(share.code()).isNotZero();
        assertThat(share.err()).contains("--cold-share must lie strictly between 0 and 1");
        CommandRun als = CommandRun.inProcess("recommend", "train", "--workspace", ws, "--dataset", "fashion",
                "--model", "als", "--source",
                "electronics");
        assertThat(als.code()).isNotZero();
        assertThat(als.err()).contains("--source is for the cross-domain model");
    }
}
