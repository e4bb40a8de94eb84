package io.campaignlab.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.engine.campaigns.policy.BudgetSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Budget acceptance: 8 concurrent HTTP clients never spend past the cap by a cent, and every decision is logged. */
class ServeBudgetTest {

    static final int CLIENTS = 8;
    static final int REQUESTS = 100;

    @TempDir
    Path dir;

    @Test
    void eightClientsNeverSpendPastTheCapAndEveryDecisionServedIsLogged() throws Exception {
        // budget 5.00 = 500 cents; c7 costs 7 cents and c3 3 cents (the policy picks either). Whatever the mix, the
        // grants stop only when neither fits, so the spend ends within 3 cents under the cap: 498 to 500.
        try (ServeFixture fixture = new ServeFixture(dir.resolve("ws")).publish("tight", 5.0, 0,
                ServeFixture.coupon("c7", 7, 0.07), ServeFixture.coupon("c3", 3, 0.03)).start()) {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Callable<Long>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(() -> {
                    long cents = 0;
                    for (int i = 0; i < REQUESTS; i++) {
                        HttpResponse<String> r = fixture.post("/v1/decide", "{\"user_id\": \"c" + client + "-" + i
                                + "\"}");
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                        JsonNode d = ServeFixture.json(r);
                        cents += d.get("cost_cents").asLong();
                    }
                    return cents;
                });
            }
            long servedCents = 0;
            for (Future<Long> f : pool.invokeAll(clients)) {
                servedCents += f.get();
            }
            pool.shutdown();
            BudgetSnapshot ledger = fixture.service.engine().budget("tight").orElseThrow();
            long fallbacks = fixture.service.engine().fallbacks();
            HttpResponse<String> metrics = fixture.get("/v1/metrics");
            assertThat(ServeFixture.json(metrics).get("fallbacks").asLong()).isEqualTo(fallbacks);
            assertThat(ServeFixture.json(metrics).get("budget_spent_cents").get("tight").asLong())
                    .isEqualTo(servedCents);
            System.out.println("metrics: " + metrics.body());
            fixture.service.stop();

            assertThat(ledger.cap()).isEqualTo(500);
            assertThat(ledger.committed()).isEqualTo(servedCents).isBetween(498L, 500L);
            assertThat(query(fixture, "SELECT COUNT(*) FROM decision")).isEqualTo(CLIENTS * REQUESTS);
            assertThat(query(fixture, "SELECT SUM(cost_cents) FROM decision")).isEqualTo(servedCents);
            assertThat(query(fixture, "SELECT COUNT(*) FROM decision WHERE fallback = 'budget'")).isEqualTo(fallbacks)
                    .isPositive();
            System.out.printf("budget: %d of %d cents granted over %d decisions, %d budget fallbacks%n",
                    ledger.committed(), ledger.cap(), CLIENTS * REQUESTS, fallbacks);
        }
    }

    private static long query(ServeFixture fixture, String sql) throws Exception {
        try (Connection c = fixture.services.workspace().dataSource().getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
