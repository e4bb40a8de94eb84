package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code campaign create|list|show|export|import|publish|stop} on a hand-made workspace: users 1..10 aged
 * 20, 25, …, 65 (20 + 5 × (u − 1)); tier gold for users 1..4, silver for the others.
 */
class CampaignCliTest {

    @TempDir
    Path dir;

    String ws;
    long gold;

    @BeforeEach
    void workspace() throws Exception {
        ws = dir.resolve("ws").toString();
        StringBuilder csv = new StringBuilder("user_id,age,tier\n");
        for (int u = 1; u <= 10; u++) {
            csv.append(u).append(',').append(20 + 5 * (u - 1)).append(',').append(u <= 4 ? "gold" : "silver")
                    .append('\n');
        }
        Path users = dir.resolve("users.csv");
        Files.writeString(users, csv);
        CliRun imported = CliRun.of("import", users.toString(), "--workspace", ws, "--name", "users", "--kind",
                "table", "--role", "user_id=user_id", "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliRun segment = CliRun.of("segment", "rules", "--users", "users", "--where", "tier = gold", "--name", "Gold",
                "--workspace", ws, "--json");
        assertThat(segment.exitCode()).as(segment.err()).isZero();
        gold = segment.json().get("segment_id").asLong();
    }

    CliRun run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--workspace";
        all[args.length + 1] = ws;
        return CliRun.of(all);
    }

    @Test
    void designCountExportEditPublishAndStop() throws Exception {
        CliRun created = run("campaign", "create", "--name", "Grown-ups", "--rule", "age >= 30", "--users", "users",
                "--exclude-segment", String.valueOf(gold), "--coupon-percent", "20", "--budget", "500", "--holdout",
                "0.1", "--cap", "2/week", "--json");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.json().get("status").asText()).isEqualTo("draft");

        // age >= 30: users 3..10 (8); gold is 1..4, so 3 and 4 are excluded: 6 remain
        JsonNode shown = run("campaign", "show", "Grown-ups", "--json").json();
        assertThat(shown.get("audience_size").get("targeted").asLong()).isEqualTo(8);
        assertThat(shown.get("audience_size").get("excluded").asLong()).isEqualTo(2);
        assertThat(shown.get("audience_size").get("size").asLong()).isEqualTo(6);
        assertThat(shown.get("design").get("offers").get(0).get("percent").asDouble()).isEqualTo(20);
        assertThat(run("campaign", "show", "Grown-ups").out()).contains("Live size    6 users (8 targeted, 2"
                + " excluded)", "coupon_20pct (coupon, 20% off)", "at most 2 per user per week", "holdout 10%");

        Path file = dir.resolve("grown-ups.json");
        CliRun exported = run("campaign", "export", "Grown-ups", "--out", file.toString(), "--json");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(run("campaign", "export", "Grown-ups", "--out", file.toString()).err())
                .contains("exists already; give --force");
        assertThat(run("campaign", "publish", "Grown-ups", "--json").json().get("version").asInt()).isEqualTo(1);

        Files.writeString(file, Files.readString(file).replace("\"percent\" : 20", "\"percent\" : 15"));
        JsonNode imported = run("campaign", "import", file.toString(), "--json").json();
        assertThat(imported.get("action").asText()).isEqualTo("draft_replaced");
        assertThat(imported.get("campaign").get("has_draft").asBoolean()).isTrue();
        assertThat(run("campaign", "publish", "Grown-ups", "--json").json().get("version").asInt()).isEqualTo(2);
        assertThat(run("campaign", "show", "Grown-ups", "--at-version", "1", "--json").json().get("design")
                .get("offers").get(0).get("percent").asDouble()).isEqualTo(20);
        assertThat(run("campaign", "show", "Grown-ups", "--json").json().get("design").get("offers").get(0)
                .get("percent").asDouble()).isEqualTo(15);

        JsonNode list = run("campaign", "list", "--json").json();
        assertThat(list.get("campaigns").get(0).get("version").asInt()).isEqualTo(2);
        assertThat(list.get("campaigns").get(0).get("status").asText()).isEqualTo("published");
        assertThat(run("campaign", "stop", "Grown-ups", "--json").json().get("status").asText()).isEqualTo("stopped");
        CliRun again = run("campaign", "publish", "Grown-ups");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("campaign 'Grown-ups' is stopped, so it cannot be published again");
    }

    @Test
    void refusalsNameTheOptionOrFieldAndTheReason() throws Exception {
        CliRun options = run("campaign", "create", "--name", "Bad", "--segment", String.valueOf(gold),
                "--discount-menu", "0,5,95", "--holdout", "0.7");
        assertThat(options.exitCode()).isEqualTo(1);
        assertThat(options.err()).contains(
                "--discount-menu (offers[0].discount_menu[2]): 95 is not a percentage between 0 and 90",
                "--holdout (constraints.holdout): 0.7 is not a share between 0 and 0.5");

        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"name\": \"B\", \"objective\": \"clicks\", \"audience\": {\"segment\": 1,"
                + " \"rule\": \"age >= 1\", \"users\": \"users\"}, \"offers\": [{\"name\": \"c\", \"kind\":"
                + " \"coupon\", \"amount\": 1}]}");
        CliRun bad = run("campaign", "import", file.toString(), "--json");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.json().get("problems").get(0).get("path").asText()).isEqualTo("audience");
        assertThat(bad.err()).contains("bad.json: audience: give a segment or a rule, not both");

        CliRun both = run("campaign", "create", "--from", file.toString(), "--name", "X");
        assertThat(both.err()).contains("give --from FILE or the design options, not both");
        assertThat(run("campaign", "show", "Nope").err()).contains("there is no campaign 'Nope'");
        assertThat(run("campaign", "create", "--name", "N", "--segment", "1", "--coupon-amount", "5", "--cap",
                "weekly").err()).contains("--cap: write it as N/day or N/week");
        assertThat(run("campaign", "list").out()).contains("No campaigns");
    }
}
