package io.campaignlab.app.segments;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.cli.CliRun;
import io.campaignlab.app.testing.SimulatedWorkspaces;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code segment rules} on a small simulated workspace: the audience agrees with a count made here from the stored
 * rows, the segment is stored with its members and definition, and a bad condition is named.
 */
class RuleSegmentsCliTest {

    @TempDir
    static Path dir;
    static String ws;
    /** Users of the users dataset with age band 25-34 and at least one purchase in the 7 days before the snapshot. */
    static Set<String> expected = new HashSet<>();
    static int users;
    static LocalDate snapshot;

    @BeforeAll
    static void simulate() {
        ws = dir.resolve("ws").toString();
        SimulatedWorkspaces.copy(Path.of(ws), "--users", "1500", "--days", "21", "--json");
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            Frame u = services.frames().read("users", List.of("user_id", "age_band"), ProgressListener.none(),
                    new CancellationToken());
            Frame e = services.frames().read("events", List.of("user_id", "event_type", "ts", "price"),
                    ProgressListener.none(), new CancellationToken());
            users = u.rows();
            long last = Long.MIN_VALUE;
            for (long t : e.times("ts")) {
                last = Math.max(last, t);
            }
            snapshot = LocalDate.ofEpochDay(Math.floorDiv(last, 86_400_000L) + 1);
            long from = snapshot.minusDays(7).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            long to = snapshot.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            Map<String, Integer> purchases = new HashMap<>();
            for (int i = 0; i < e.rows(); i++) {
                long t = e.times("ts")[i];
                if (e.texts("event_type")[i].equals("purchase") && e.numbers("price")[i] > 0 && t >= from && t < to) {
                    purchases.merge(Long.toString((long) e.numbers("user_id")[i]), 1, Integer::sum);
                }
            }
            for (int i = 0; i < u.rows(); i++) {
                String id = Long.toString((long) u.numbers("user_id")[i]);
                if ("25-34".equals(u.texts("age_band")[i]) && purchases.getOrDefault(id, 0) >= 1) {
                    expected.add(id);
                }
            }
        }
        assertThat(expected).isNotEmpty();
    }

    @Test
    void theAudienceIsCountedStoredAndListed() {
        CliRun count = CliRun.of("segment", "rules", "--dataset", "events", "--users", "users", "--where",
                "purchases_7d >= 1", "--where", "age_band = '25-34'", "--count-only", "--workspace", ws, "--json");
        assertThat(count.exitCode()).as(count.err()).isZero();
        assertThat(count.json().get("matching").asLong()).isEqualTo(expected.size());
        assertThat(count.json().get("population").asLong()).isEqualTo(users);
        assertThat(count.json().get("snapshot").asText()).isEqualTo(snapshot.toString());

        CliRun saved = CliRun.of("segment", "rules", "--dataset", "events", "--users", "users", "--where",
                "purchases_7d >= 1", "--where", "age_band = '25-34'", "--name", "Young buyers", "--workspace", ws);
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Rule segment 'Young buyers'")
                .contains("Rule: purchases_7d >= 1 AND age_band = '25-34'")
                .contains(String.format(java.util.Locale.ROOT, "Audience: %,d users", expected.size()))
                .contains("Profiles, index against the population");

        JsonNode listed = CliRun.of("segments", "--workspace", ws, "--json").json().get("segmentations").get(0);
        assertThat(listed.get("kind").asText()).isEqualTo("rules");
        JsonNode segment = listed.get("segments").get(0);
        assertThat(segment.get("name").asText()).isEqualTo("Young buyers");
        assertThat(segment.get("members").asLong()).isEqualTo(expected.size());
        assertThat(segment.get("definition").get("text").asText())
                .isEqualTo("purchases_7d >= 1 AND age_band = '25-34'");
        assertThat(segment.get("definition").get("snapshot").asText()).isEqualTo(snapshot.toString());
        List<String> members = new ArrayList<>(CliRun.of("segments", "--members", segment.get("segment").asText(),
                "--workspace", ws).out().lines().toList());
        assertThat(members).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aBadConditionIsNamedInOneLine() {
        CliRun bad = CliRun.of("segment", "rules", "--dataset", "events", "--users", "users", "--where",
                "shoe_size >= 3", "--workspace", ws);
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("condition 'shoe_size >= 3'").contains("no column 'shoe_size'")
                .doesNotContain("\tat ");
        CliRun syntax = CliRun.of("segment", "rules", "--dataset", "events", "--where", "purchases_30d two",
                "--workspace", ws);
        assertThat(syntax.exitCode()).isEqualTo(1);
        assertThat(syntax.err()).contains("condition 'purchases_30d two' is not MEASURE OPERATOR VALUE");
    }
}
