package io.campaignlab.app.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clean stop under load loses no decision: 8 clients keep deciding while the service stops; every decision the
 * engine served is in the log, every 200 the clients got is among them, and calls that came during the stop got a
 * 503 (or no connection), never a 5xx of another kind.
 */
class StopUnderLoadTest {

    @TempDir
    Path dir;

    @Test
    void everyDecisionServedBeforeAStopIsLogged() throws Exception {
        try (ServeFixture fixture = new ServeFixture(dir.resolve("ws"))
                .publish("spring", null, 0.2, ServeFixture.coupon("c10", 10, 0)).start()) {
            AtomicLong ok = new AtomicLong();
            AtomicLong otherStatus = new AtomicLong();
            java.net.URI decide = fixture.uri("/v1/decide");
            String key = fixture.service.apiKey();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int client = t;
                running.add(clients.submit(() -> {
                    for (int i = 0; ; i++) {
                        HttpResponse<String> r;
                        try {
                            r = ServeFixture.send(java.net.http.HttpRequest.newBuilder(decide)
                                    .header("Authorization", "Bearer " + key)
                                    .timeout(java.time.Duration.ofSeconds(5))
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"user_id\": \"u"
                                            + ((client * 25 + i) % 200) + "\", \"campaign\": \"spring\"}"))
                                    .build());
                        } catch (java.io.IOException e) {
                            return null; // the server is gone (refused, closed, or no answer within 5 s)
                        }
                        if (r.statusCode() == 200) {
                            ok.incrementAndGet();
                        } else if (r.statusCode() == 503) {
                            return null;
                        } else {
                            otherStatus.incrementAndGet();
                            return null;
                        }
                    }
                }));
            }
            while (ok.get() < 300) {
                Thread.sleep(5);
            }
            fixture.service.stop();
            for (Future<?> f : running) {
                f.get(30, TimeUnit.SECONDS);
            }
            clients.shutdown();
            long served = fixture.service.engine().served();
            assertThat(otherStatus.get()).isZero();
            assertThat(served).isGreaterThanOrEqualTo(ok.get());
            assertThat(logged(fixture)).isEqualTo(served);
        }
    }

    private static long logged(ServeFixture fixture) throws Exception {
        try (Connection c = fixture.services.workspace().dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM decision")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
