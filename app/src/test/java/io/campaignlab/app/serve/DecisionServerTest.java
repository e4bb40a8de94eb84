package io.campaignlab.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.engine.campaigns.policy.BetaPosterior;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionServerTest {

    @TempDir
    Path dir;
    ServeFixture fixture;

    @BeforeEach
    void start() {
        fixture = new ServeFixture(dir.resolve("ws")).publish("spring", null, 0.2, ServeFixture.coupon("c10", 10, 0))
                .start();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aDecisionAndItsFeedbackMakeARoundTrip() throws Exception {
        HttpResponse<String> health = ServeFixture.send(HttpRequest.newBuilder(fixture.uri("/v1/health")).build());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ServeFixture.json(health).get("campaigns").get("spring").asInt()).isEqualTo(1);

        JsonNode d = null;
        int served = 0;
        for (int i = 0; d == null || !d.get("arm").asText().equals("treatment"); i++, served++) {
            HttpResponse<String> r = fixture.post("/v1/decide", "{\"user_id\": \"u" + i
                    + "\", \"context\": {\"country\": \"FR\"}, \"campaign\": \"spring\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/json"));
            d = ServeFixture.json(r);
        }
        assertThat(d.get("campaign").asText()).isEqualTo("spring");
        assertThat(d.get("version").asInt()).isEqualTo(1);
        assertThat(d.get("offer").asText()).isEqualTo("c10");
        assertThat(d.get("discount").asDouble()).isEqualTo(10.0);
        assertThat(d.get("explanation").isArray()).isTrue();
        assertThat(d.get("trace").get("policy").asText()).isEqualTo("thompson");
        assertThat(d.get("trace").get("candidates").get(0).get("offer").asText()).isEqualTo("c10");

        HttpResponse<String> fb = fixture.post("/v1/feedback", "{\"decision_id\": \""
                + d.get("decision_id").asText() + "\", \"event\": \"conversion\", \"value\": 42.5}");
        assertThat(fb.statusCode()).as(fb.body()).isEqualTo(200);
        // one offer served once and converted once: Beta(1 + 1, 1 + 1 - 1)
        assertThat(fixture.service.engine().posteriors("spring").orElseThrow().posterior("c10", "all"))
                .isEqualTo(new BetaPosterior(2, 1));

        JsonNode metrics = ServeFixture.json(fixture.get("/v1/metrics"));
        assertThat(metrics.get("decisions").asLong()).isEqualTo(served);
        assertThat(metrics.get("feedback").asLong()).isEqualTo(1);
        assertThat(metrics.get("p99_ms").asDouble()).isPositive();
        fixture.service.log().flush();
        assertThat(fixture.service.log().find(d.get("decision_id").asText())).isPresent();
    }

    @Test
    void theSameUserAndVersionGetTheSameArmAcrossRequestsAndRestarts() throws Exception {
        Map<String, String> arms = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            arms.put("u" + i, arm("u" + i));
            assertThat(arm("u" + i)).isEqualTo(arms.get("u" + i));
        }
        assertThat(arms.values()).contains("holdout", "treatment");
        fixture.restart();
        for (int i = 0; i < 60; i++) {
            assertThat(arm("u" + i)).as("u" + i + " after a restart").isEqualTo(arms.get("u" + i));
        }
        // 120 decisions before the restart and 60 after, all logged: a restarted engine must not repeat an id
        fixture.service.log().flush();
        assertThat(fixture.service.log().failed()).isZero();
        try (Connection c = fixture.services.workspace().dataSource().getConnection();
             ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM decision")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(180);
        }
    }

    private String arm(String user) throws Exception {
        HttpResponse<String> r = fixture.post("/v1/decide", "{\"user_id\": \"" + user + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ServeFixture.json(r).get("arm").asText();
    }
}
