package io.campaignlab.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.engine.campaigns.policy.BetaPosterior;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The serve-time rules through the HTTP API on a real workspace. */
class ServeRulesHttpTest {

    @TempDir
    Path dir;
    ServeFixture fixture;

    @BeforeEach
    void start() {
        fixture = new ServeFixture(dir.resolve("ws")).publish("spring", null, 0, ServeFixture.coupon("c10", 10, 0),
                ServeFixture.coupon("c20", 20, 0)).start();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aUserOutsideTheSegmentGetsNoOfferAndAMemberDoes() throws Exception {
        JsonNode stranger = decide("stranger", "");
        assertThat(stranger.get("offer").isNull()).isTrue();
        assertThat(stranger.get("trace").get("fallback").asText()).isEqualTo("not_in_audience");
        assertThat(decide("u7", "").get("offer").asText()).isIn("c10", "c20");
        assertThat(ServeFixture.json(fixture.get("/v1/metrics")).get("fallbacks").asLong()).isZero();
    }

    @Test
    void aDurableDecisionIsInTheLogWhenItsAnswerArrives() throws Exception {
        JsonNode d = decide("u3", "?durable=true");
        assertThat(fixture.service.log().find(d.get("decision_id").asText())).isPresent();
        HttpResponse<String> bad = fixture.post("/v1/decide?durable=yes", "{\"user_id\": \"u3\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("durable must be true or false, was 'yes'");
    }

    /**
     * Served and converted counts kept here from the API's answers: a second conversion on one decision and a click
     * (the objective is conversions) count nothing. After a restart the posteriors rebuilt from the log are
     * Beta(1 + converted, 1 + served − converted), as they were before it.
     */
    @Test
    void aRestartRebuildsTheThompsonPosteriorsFromTheLog() throws Exception {
        Map<String, int[]> counts = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            JsonNode d = decide("u" + i, "");
            String offer = d.get("offer").asText();
            int[] c = counts.computeIfAbsent(offer, k -> new int[2]);
            c[0]++;
            String id = d.get("decision_id").asText();
            if (i % 3 == 0) {
                feedback(id, "conversion");
                c[1]++;
                if (i % 9 == 0) {
                    feedback(id, "conversion");
                }
            } else if (i % 5 == 0) {
                feedback(id, "click");
            }
        }
        Map<String, BetaPosterior> before = new HashMap<>();
        counts.keySet().forEach(o -> before.put(o, posterior(o)));
        fixture.restart();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            BetaPosterior expected = new BetaPosterior(1 + c[1], 1 + c[0] - c[1]);
            assertThat(before.get(e.getKey())).as("before the restart, " + e.getKey()).isEqualTo(expected);
            assertThat(posterior(e.getKey())).as("after the restart, " + e.getKey()).isEqualTo(expected);
        }
        assertThat(counts.values().stream().mapToInt(c -> c[0]).sum()).isEqualTo(60);
    }

    private BetaPosterior posterior(String offer) {
        return fixture.service.engine().posteriors("spring").orElseThrow().posterior(offer, "all");
    }

    private JsonNode decide(String user, String query) throws Exception {
        HttpResponse<String> r = fixture.post("/v1/decide" + query, "{\"user_id\": \"" + user + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ServeFixture.json(r);
    }

    private void feedback(String id, String event) throws Exception {
        HttpResponse<String> r = fixture.post("/v1/feedback", "{\"decision_id\": \"" + id + "\", \"event\": \""
                + event + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
