package io.campaignlab.app.gui;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.testing.TestSegments;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.CostModel;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.policy.BetaPosterior;
import io.campaignlab.engine.json.Json;
import io.campaignlab.views.campaigns.serve.ArmTally;
import io.campaignlab.views.campaigns.serve.ServeSnapshot;
import io.campaignlab.views.campaigns.serve.ServeState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The GUI's decision server on a real workspace: started through the port, driven over HTTP (40 users; every treated
 * one of the first 10 converts), read back by the dashboard's snapshot and the replay pane's decision log, stopped.
 */
class GuiServeControlTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;

    @Test
    void theDashboardAndTheReplayReadWhatTheServerServed() throws Exception {
        try (WorkspaceServices ws = WorkspaceServices.open(dir.resolve("ws"))) {
            TestSegments.save(ws, java.util.stream.IntStream.range(0, 40).mapToObj(i -> "u" + i).toList());
            Offer c10 = new Offer("c10", Offer.Kind.COUPON, null, null, null, null, 10.0, null, null, null, null,
                    new CostModel(0.25, null, null), List.of());
            ws.campaigns().create(new Campaign("spring", Objective.CONVERSIONS, Audience.ofSegment(1), List.of(c10),
                    new Policy(Policy.Kind.THOMPSON, null), new Constraints(100.0, null, 0.2, null, null, null)));
            ws.campaigns().publish("spring");
            GuiServeControl control = new GuiServeControl();
            ServeState state = control.start(ws, "127.0.0.1", 0);
            try {
                assertThat(state.running()).isTrue();
                assertThat(state.campaigns()).isEqualTo(1);
                assertThatThrownBy(() -> control.start(ws, "127.0.0.1", 0)).hasMessageContaining("already runs");
                List<String> ids = new ArrayList<>();
                int treated = 0;
                int converted = 0;
                for (int i = 0; i < 40; i++) {
                    JsonNode d = post(state, "/v1/decide", "{\"user_id\": \"u" + i + "\", \"context\": {}}");
                    ids.add(d.get("decision_id").asText());
                    if (d.get("arm").asText().equals("treatment")) {
                        treated++;
                        if (i < 10) {
                            post(state, "/v1/feedback", "{\"decision_id\": \"" + d.get("decision_id").asText()
                                    + "\", \"event\": \"conversion\", \"value\": 30}");
                            converted++;
                        }
                    }
                }
                ServeSnapshot s = waitForLog(control, 40);
                assertThat(s.decisions()).isEqualTo(40);
                assertThat(s.campaign()).isEqualTo("spring");
                assertThat(s.capCents()).isEqualTo(10_000);
                assertThat(s.spentCents()).isEqualTo(25L * treated);
                assertThat(s.offersServed()).containsEntry("c10", (long) treated);
                assertThat(s.arms()).contains(new ArmTally("treatment", treated, converted));
                assertThat(s.posteriors().get("c10"))
                        .isEqualTo(new BetaPosterior(1 + converted, 1 + treated - converted));
                assertThat(s.p99Ms()).isPositive();

                ws.campaigns().create(new Campaign("autumn", Objective.CONVERSIONS, Audience.ofSegment(1),
                        List.of(c10), new Policy(Policy.Kind.GREEDY, null), null));
                ws.campaigns().publish("autumn");
                assertThat(control.reload().campaigns()).as("a campaign published while serving").isEqualTo(2);

                LoggedDecisions log = new LoggedDecisions();
                List<Decision> latest = log.latest(ws, "spring", 5);
                assertThat(latest).hasSize(5);
                assertThat(ids).contains(latest.get(0).decisionId());
                assertThat(log.find(ws, ids.get(0))).hasValueSatisfying(d -> assertThat(d.userId()).isEqualTo("u0"));
            } finally {
                assertThat(control.stop().running()).isFalse();
            }
            assertThat(control.state()).isEqualTo(ServeState.STOPPED);
        }
    }

    /** The log is written in batches: polls until it holds the decisions. */
    private static ServeSnapshot waitForLog(GuiServeControl control, long decisions) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        ServeSnapshot s = control.snapshot(null);
        while (s.arms().stream().mapToLong(ArmTally::decisions).sum() < decisions && System.nanoTime() < deadline) {
            Thread.sleep(50);
            s = control.snapshot(null);
        }
        return s;
    }

    private static JsonNode post(ServeState state, String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + state.port()
                        + path)).header("X-Api-Key", state.apiKey()).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }
}
