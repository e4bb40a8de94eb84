package io.campaignlab.app.segments;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.cli.CliRun;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** {@code segment rfm}, {@code segment kmeans} and {@code segments} on a small simulated workspace. */
class SimulatedSegmentsCliTest {

    @TempDir
    static Path dir;

    static String ws;
    static long eventRows;
    static long purchaseEvents;
    static Set<String> buyers = new HashSet<>();
    static long views;
    static long clicks;

    @BeforeAll
    static void simulate() {
        ws = dir.resolve("ws").toString();
        CliRun sim = CliRun.of("simulate", "--workspace", ws, "--users", "2000", "--days", "14", "--json");
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        // what the segments must agree with, counted here from the stored rows
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            Frame events = services.frames().read("events", List.of("user_id", "event_type", "price"),
                    ProgressListener.none(), new CancellationToken());
            eventRows = events.rows();
            for (int i = 0; i < events.rows(); i++) {
                String type = events.texts("event_type")[i];
                long user = (long) events.numbers("user_id")[i];
                if (type.equals("purchase") && events.numbers("price")[i] > 0) {
                    purchaseEvents++;
                    buyers.add(Long.toString(user));
                }
                if (type.equals("view")) {
                    views++;
                } else if (type.equals("click")) {
                    clicks++;
                }
            }
        }
        assertThat(buyers).hasSizeGreaterThan(100);
    }

    @Test
    void rfmSegmentsTheBuyersAndStoresThem() {
        CliRun run = CliRun.of("segment", "rfm", "--dataset", "events", "--workspace", ws, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        JsonNode cleaning = json.get("cleaning");
        assertThat(cleaning.get("rows_read").asLong()).isEqualTo(eventRows);
        assertThat(cleaning.get("purchases").asLong()).isEqualTo(purchaseEvents);
        assertThat(cleaning.get("customers").asLong()).isEqualTo(buyers.size());
        assertThat(cleaning.get("other_events").asLong() + cleaning.get("purchases").asLong()).isEqualTo(eventRows);
        assertThat(json.get("segments")).hasSize(11);
        long customers = 0;
        double share = 0;
        for (JsonNode s : json.get("segments")) {
            customers += s.get("customers").asLong();
            share += s.get("share").asDouble();
            assertThat(s.get("rule").asText()).matches("R [1-5](-[1-5])? and F [1-5](-[1-5])?");
        }
        assertThat(customers).isEqualTo(buyers.size());
        assertThat(share).isEqualTo(1.0, offset(1e-9));
        JsonNode profiles = json.get("profiles");
        assertThat(profiles.get("engagement").get("views").asLong()).isLessThanOrEqualTo(views);
        assertThat(profiles.get("engagement").get("ctr").asDouble()).isBetween(0.05, 0.6);
        assertThat(profiles.get("categories").get("categories").size()).isBetween(2, 9);
        JsonNode champions = profiles.get("segments").get(0);
        assertThat(champions.get("segment").asText()).isEqualTo("Champions");
        if (champions.get("customers").asInt() > 0) {
            assertThat(champions.get("metrics").get(2).get("index").asDouble()).isGreaterThan(100);
        }

        CliRun text = CliRun.of("segment", "rfm", "--dataset", "events", "--workspace", ws);
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Rows read: " + String.format(java.util.Locale.ROOT, "%,d", eventRows))
                .contains("Champions").contains("R 5 and F 4-5").contains("CTR").contains("Top categories");
    }

    @Test
    void kMeansSweepsKAndTheSegmentsCommandListsAndReadsMembers() {
        CliRun run = CliRun.of("segment", "kmeans", "--dataset", "events", "--k-range", "2..5", "--seed", "3",
                "--workspace", ws, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("sweep")).hasSize(4);
        int k = json.get("k").asInt();
        assertThat(k).isBetween(2, 5);
        double best = -1;
        for (JsonNode p : json.get("sweep")) {
            best = Math.max(best, p.get("silhouette").asDouble());
        }
        assertThat(json.get("silhouette").asDouble()).isEqualTo(best);
        assertThat(json.get("clusters")).hasSize(k);
        long id = json.get("segmentation_id").asLong();

        JsonNode listed = null;
        for (JsonNode s : CliRun.of("segments", "--workspace", ws, "--json").json().get("segmentations")) {
            if (s.get("segmentation").asLong() == id) {
                listed = s;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("kind").asText()).isEqualTo("kmeans");
        assertThat(listed.get("dataset_sha256").asText()).hasSize(64);
        assertThat(listed.get("members").asLong()).isEqualTo(buyers.size());
        assertThat(listed.get("segments")).hasSize(k);
        JsonNode first = listed.get("segments").get(0);
        assertThat(first.get("name").asText()).isEqualTo("Cluster 1");
        assertThat(first.get("definition").get("centroids")).hasSize(k * 4);

        CliRun members = CliRun.of("segments", "--members", first.get("segment").asText(), "--workspace", ws);
        assertThat(members.exitCode()).as(members.err()).isZero();
        List<String> ids = members.out().lines().toList();
        assertThat(ids).hasSize(first.get("members").asInt()).allMatch(buyers::contains);

        CliRun fixed = CliRun.of("segment", "kmeans", "--dataset", "events", "--k", "3", "--workspace", ws);
        assertThat(fixed.exitCode()).as(fixed.err()).isZero();
        assertThat(fixed.out()).contains("<- chosen").contains("Cluster 3").contains("k = 3");
        assertThat(CliRun.of("segments", "--workspace", ws).out()).contains("Segmentation").contains("Cluster 1");
    }

    @Test
    void aDatasetWithoutTheRolesIsNamedInOneSentence() {
        CliRun run = CliRun.of("segment", "rfm", "--dataset", "users", "--workspace", ws);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("dataset 'users' cannot be segmented").contains("no amount")
                .doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
        CliRun range = CliRun.of("segment", "kmeans", "--dataset", "events", "--k-range", "5..2", "--workspace", ws);
        assertThat(range.exitCode()).isEqualTo(1);
        assertThat(range.err()).contains("k must be at least 2");
    }
}
