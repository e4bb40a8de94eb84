package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    @TempDir
    Path dir;

    String ws() {
        return dir.resolve("ws").toString();
    }

    Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void withoutACommandItPrintsTheHelp() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: campaign-lab", "import", "datasets", "profile", "rejections",
                "simulate", "compact");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(CliRun.of("import").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("datasets", "--no-such-option").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("no-such-command").exitCode()).isEqualTo(2);
    }

    @Test
    void importPrintsOneJsonObjectWithTheAgreedFields() throws Exception {
        Path file = write("small.csv", "user_id,item_id,clicked\n1,10,0\n2,11,1\n3,10,0\n");

        CliRun run = CliRun.of("import", file.toString(), "--name", "small", "--workspace", ws(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("dataset").asText()).isEqualTo("small");
        assertThat(json.get("rows").asLong()).isEqualTo(3);
        assertThat(json.get("rejected").asLong()).isZero();
        assertThat(json.get("sha256").asText()).hasSize(64);
        assertThat(json.has("seconds")).isTrue();

        JsonNode list = CliRun.of("datasets", "--workspace", ws(), "--json").json();
        assertThat(list.get("datasets")).hasSize(1);
        assertThat(list.get("datasets").get(0).get("rows").asLong()).isEqualTo(3);
    }

    @Test
    void aFailureIsOneSentenceNamingFileLineAndColumnWithNoStackTrace() throws Exception {
        Path file = write("typed.csv", "id,amount\n1,2.5\n2,abc\n3,4\n");

        CliRun run = CliRun.of("import", file.toString(), "--workspace", ws(), "--type", "amount=decimal",
                "--max-rejects", "0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("campaign-lab: typed.csv line 3").contains("--max-rejects 0")
                .doesNotContain("Exception", "\tat ");
        assertThat(CliRun.of("datasets", "--workspace", ws(), "--json").json().get("datasets")).isEmpty();
        assertThat(dir.resolve("ws/logs/campaign-lab.log")).exists();
    }

    @Test
    void failuresWithJsonStillPrintOneObject() {
        CliRun run = CliRun.of("import", dir.resolve("missing.csv").toString(), "--workspace", ws(), "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = run.json();
        assertThat(json.get("error").asText()).contains("missing.csv").contains("does not exist");
        assertThat(json.get("file").asText()).isEqualTo("missing.csv");
    }

    @Test
    void rejectionsListLineColumnValueAndReason() throws Exception {
        Path file = write("rej.csv", "id,amount\n1,2.5\n2,abc\n3,4\n");
        CliRun imported = CliRun.of("import", file.toString(), "--name", "rej", "--workspace", ws(),
                "--type", "amount=decimal", "--max-rejects", "5", "--json");
        assertThat(imported.json().get("rejected").asLong()).isEqualTo(1);

        JsonNode json = CliRun.of("rejections", "rej", "--workspace", ws(), "--json").json();

        assertThat(json.get("total").asLong()).isEqualTo(1);
        JsonNode r = json.get("rejections").get(0);
        assertThat(r.get("line").asLong()).isEqualTo(3);
        assertThat(r.get("column").asText()).isEqualTo("amount");
        assertThat(r.get("raw_value").asText()).isEqualTo("abc");
        assertThat(r.get("reason").asText()).contains("not a number");
        assertThat(r.get("raw_record").asText()).isEqualTo("2,abc");
    }

    @Test
    void simulateProfileAndCompactWorkOnASmallWorkspace() {
        JsonNode sim = CliRun.of("simulate", "--users", "300", "--days", "3", "--seed", "7", "--workspace", ws(),
                "--json").json();
        assertThat(sim.get("datasets")).extracting(d -> d.get("name").asText())
                .containsExactly("users", "items", "events", "impressions", "campaign_exposures", "discount_test");

        JsonNode profile = CliRun.of("profile", "campaign_exposures", "--workspace", ws(), "--json").json();
        JsonNode group = null;
        for (JsonNode c : profile.get("columns")) {
            if (c.get("name").asText().equals("group")) {
                group = c;
            }
        }
        assertThat(group).isNotNull();
        assertThat(group.get("distinct").asLong()).isEqualTo(3);
        assertThat(group.get("count").asLong()).isEqualTo(300);

        CliRun again = CliRun.of("simulate", "--users", "300", "--days", "3", "--workspace", ws());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");

        JsonNode compact = CliRun.of("compact", "--workspace", ws(), "--json").json();
        assertThat(compact.get("bytes_after").asLong()).isPositive();
        assertThat(CliRun.of("datasets", "--workspace", ws(), "--json").json().get("datasets")).hasSize(6);
    }

    @Test
    void hillstromImportsWith64000RowsAndTheProfileShowsThreeSegments() {
        Path file = Path.of(System.getProperty("campaignlab.shared.data", "../shared/data"), "hillstrom/hillstrom.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file), "skipped: " + file + " is absent");

        JsonNode json = CliRun.of("import", file.toString(), "--name", "hillstrom", "--workspace", ws(), "--json").json();
        assertThat(json.get("rows").asLong()).isEqualTo(64_000);
        assertThat(json.get("rejected").asLong()).isZero();

        CliRun profile = CliRun.of("profile", "hillstrom", "--workspace", ws());
        String segmentLine = profile.out().lines().filter(l -> l.startsWith("segment ")).findFirst().orElseThrow();
        assertThat(segmentLine.split("\\s+")[4]).isEqualTo("3");
    }
}
