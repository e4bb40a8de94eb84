package io.campaignlab.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.testing.CommandRun;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

/**
 * A dynamic discount served through the API on a workspace whose response runs' scores are written here: users
 * u0..u199 in a users dataset, and for run k (k = 1..5, menu level k − 1) the score of user ui is
 * 0.1 + (i mod 10) / 100 + 0.03 × (k − 1) × (i mod 3), so the best level is worked out by hand below.
 */
class ServeDynamicDiscountTest {

    static final List<Integer> MENU = List.of(0, 5, 10, 15, 20);

    @TempDir
    Path dir;

    static double p(int user, int level) {
        return 0.1 + (user % 10) / 100.0 + 0.03 * level * (user % 3);
    }

    @Test
    void eachUserGetsTheLevelOfBestExpectedMarginAboveTheMinimum() throws Exception {
        String replayed;
        try (ServeFixture fixture = new ServeFixture(dir.resolve("ws"))) {
            List<ColumnMeta> users = List.of(ColumnMeta.of("user_id", ColumnType.TEXT, ColumnRole.USER_ID));
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                rows.add(new Object[]{"u" + i});
            }
            write(fixture, "users", users, rows);
            for (int k = 1; k <= 5; k++) {
                List<Object[]> scores = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    scores.add(new Object[]{(long) i + 1, p(i, k - 1)});
                }
                write(fixture, "scores_run" + k + "_users", List.of(ColumnMeta.of("row_id", ColumnType.INTEGER,
                        ColumnRole.FEATURE), ColumnMeta.of("score", ColumnType.DECIMAL, ColumnRole.FEATURE)), scores);
            }
            Offer dynamic = new Offer("dyn", Offer.Kind.DYNAMIC_DISCOUNT, null, null, null, null, null,
                    MENU.stream().map(Integer::doubleValue).toList(), 2.0, null, List.of(1L, 2L, 3L, 4L, 5L), null,
                    null);
            fixture.services.campaigns().create(new Campaign("pricing", Objective.MARGIN, Audience.ofSegment(1),
                    List.of(dynamic), new Policy(Policy.Kind.GREEDY, null), Constraints.none()));
            fixture.services.campaigns().publish("pricing");
            fixture.start();
            for (int i : new int[]{0, 1, 2, 13, 14, 29}) {
                JsonNode d = decide(fixture, "u" + i, 40, 25);
                int best = best(i, 40, 25);
                double margin = 40 * (1 - MENU.get(best) / 100.0) - 25;
                assertThat(d.get("offer").asText()).as("u" + i).isEqualTo("dyn");
                assertThat(d.get("discount").asDouble()).as("u" + i).isEqualTo(MENU.get(best).doubleValue());
                assertThat(d.get("trace").get("pricing").get("expected_margin").asDouble())
                        .isCloseTo(p(i, best) * margin, offset(1e-9));
                assertThat(d.get("trace").get("pricing").get("margin").asDouble()).isGreaterThanOrEqualTo(2.0);
            }
            // at price 26 and cost 23, only 0 % (margin 3) and 5 % (margin 1.7 < 2) are priced: 0 % it is
            assertThat(decide(fixture, "u2", 26, 23).get("discount").asDouble()).isZero();
            JsonNode none = decide(fixture, "u2", 26, 25);
            assertThat(none.get("offer").isNull()).isTrue();
            assertThat(none.get("trace").get("rules").toString()).contains("no level of the menu leaves the minimum"
                    + " margin 2.0");
            replayed = decide(fixture, "u2", 40, 25).get("decision_id").asText();
        }
        // u2 at price 40 and cost 25: P(buy) 0.12 + 0.06 k, margins 15, 13, 11, 9, 7: 15 % (k = 3) is best
        CommandRun replay = CommandRun.inProcess("decision", replayed, "--workspace", dir.resolve("ws").toString());
        assertThat(replay.code()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("priced: 15 % of menu [0, 5, 10, 15, 20] at price 40.00, unit cost 25.00:"
                + " margin 9.00 (minimum 2.00), P(buy) 0.3000, expected margin 2.7000");
    }

    @Test
    void aResponseRunWithoutScoresIsNamedWhenServingStarts() {
        try (ServeFixture fixture = new ServeFixture(dir.resolve("ws2"))) {
            Offer dynamic = new Offer("dyn", Offer.Kind.DYNAMIC_DISCOUNT, null, null, null, null, null,
                    List.of(0.0, 10.0), 2.0, null, List.of(8L, 9L), null, null);
            fixture.services.campaigns().create(new Campaign("pricing", Objective.MARGIN, Audience.ofSegment(1),
                    List.of(dynamic), null, null));
            fixture.services.campaigns().publish("pricing");
            assertThatThrownBy(fixture::start).hasMessage("campaign 'pricing' version 1 cannot be served: offer"
                    + " dyn.response_runs: run 8 has scored no dataset (no dataset scores_run8_…); score one first:"
                    + " campaign-lab score 8 --dataset DATASET");
        }
    }

    /** The brute force over the menu: the best P(buy | d) × margin among margins of at least 2. */
    static int best(int user, double price, double cost) {
        int best = -1;
        for (int k = 0; k < MENU.size(); k++) {
            double margin = price * (1 - MENU.get(k) / 100.0) - cost;
            if (margin >= 2 && (best < 0 || p(user, k) * margin > p(user, best)
                    * (price * (1 - MENU.get(best) / 100.0) - cost))) {
                best = k;
            }
        }
        return best;
    }

    private static JsonNode decide(ServeFixture fixture, String user, double price, double cost) throws Exception {
        HttpResponse<String> r = fixture.post("/v1/decide", "{\"user_id\": \"" + user + "\", \"context\": {\"price\": "
                + price + ", \"unit_cost\": " + cost + "}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ServeFixture.json(r);
    }

    private static void write(ServeFixture fixture, String name, List<ColumnMeta> columns, List<Object[]> rows) {
        try (DatasetWriter writer = fixture.services.sink().begin(new DatasetDraft(name, DatasetKind.TABLE, "test",
                String.format("%08x", name.hashCode()).repeat(8), columns))) {
            rows.forEach(writer::append);
            writer.commit(0);
        }
    }
}
