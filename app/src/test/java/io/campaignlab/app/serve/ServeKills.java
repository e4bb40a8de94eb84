package io.campaignlab.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.testing.CommandRun;
import io.campaignlab.engine.json.Json;
import io.campaignlab.persistence.campaigns.ServeKeys;
import io.campaignlab.persistence.workspace.Workspace;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills (SIGKILL) a {@code serve} process while clients fire decisions at it, and checks what the workspace holds
 * afterwards.
 * <p>
 * "Acknowledged as logged": a {@code POST /v1/decide?durable=true} (or {@code /v1/feedback?durable=true}) that
 * answered 200. The server answers such a call only after the decision log's writer has committed the batch holding
 * the record and checkpointed it to the workspace file. Calls without {@code durable} are answered before that and
 * are not checked (they may be lost by a kill).
 * <p>
 * Each round starts {@code serve} on the same workspace (so each reopens what the previous kill left), lets four
 * clients fire until the round's kill point (a number of acknowledged decisions drawn from the seed), kills the
 * process with requests in flight, then opens the workspace in this JVM and finds every acknowledged decision and
 * every acknowledged feedback row.
 */
final class ServeKills {

    static final int CLIENTS = 4;

    private ServeKills() {
    }

    /** What the rounds acknowledged and found. */
    record Result(int rounds, int acknowledgedDecisions, int acknowledgedFeedback, long decisionsLogged) {
    }

    static Result run(Path dir, int rounds, long seed) throws Exception {
        Path ws = dir.resolve("ws");
        try (ServeFixture fixture = new ServeFixture(ws)) {
            fixture.publish("crash", 1000.0, 0.1, ServeFixture.coupon("c10", 10, 0.01),
                    ServeFixture.coupon("c20", 20, 0.02));
        }
        String key = ServeKeys.loadOrCreate(ws, new SecureRandom()).apiKey();
        Random random = new Random(seed);
        Set<String> decisions = ConcurrentHashMap.newKeySet();
        Map<String, Integer> feedback = new ConcurrentHashMap<>();
        for (int round = 0; round < rounds; round++) {
            int killAt = decisions.size() + 10 + random.nextInt(150);
            CommandRun.Launched child = CommandRun.launch(dir, List.of(), "serve", "--workspace", ws.toString(),
                    "--port", "0", "--json");
            List<Thread> clients = List.of();
            try {
                int port = awaitPort(child);
                clients = fire(port, key, killAt, decisions, feedback, random.nextLong());
            } finally {
                child.process().destroyForcibly();
                assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
                for (Thread t : clients) {
                    t.join(TimeUnit.SECONDS.toMillis(30)); // each ends on its broken connection
                }
            }
            assertThat(child.process().exitValue()).as("killed by SIGKILL; stderr: %s", child.err()).isEqualTo(137);
            check(ws, decisions, feedback);
        }
        return new Result(rounds, decisions.size(), feedback.values().stream().mapToInt(i -> i).sum(),
                count(ws, "SELECT COUNT(*) FROM decision"));
    }

    private static int awaitPort(CommandRun.Launched child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String out = Files.readString(child.outFile());
            if (out.contains("\"port\"")) {
                return Json.mapper().readTree(out.lines().filter(l -> l.contains("\"port\"")).findFirst()
                        .orElseThrow()).get("port").asInt();
            }
            if (!child.process().isAlive()) {
                throw new AssertionError("serve ended with " + child.process().exitValue() + ": " + child.err());
            }
            Thread.sleep(25);
        }
        throw new AssertionError("serve printed no port in 90 s: " + child.err());
    }

    /**
     * Clients fire durable decisions (and durable conversion feedback on every third one acknowledged) until
     * {@code killAt} decisions are acknowledged overall; they go on firing until the caller kills the server, and
     * stop at the first failed connection. Returns the client threads, still running.
     */
    private static List<Thread> fire(int port, String key, int killAt, Set<String> decisions, Map<String, Integer> feedback,
                             long seed) throws Exception {
        List<Thread> clients = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        for (int c = 0; c < CLIENTS; c++) {
            Random r = new Random(seed + c);
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        String user = ServeFixture.MEMBERS.get(r.nextInt(ServeFixture.MEMBERS.size()));
                        boolean durable = r.nextInt(4) != 0;
                        HttpResponse<String> d = post(port, key, "/v1/decide" + (durable ? "?durable=true" : ""),
                                "{\"user_id\": \"" + user + "\"}");
                        if (d.statusCode() != 200) {
                            errors.incrementAndGet();
                            return;
                        }
                        String id = Json.mapper().readTree(d.body()).get("decision_id").asText();
                        if (durable && decisions.add(id) && decisions.size() % 3 == 0) {
                            HttpResponse<String> f = post(port, key, "/v1/feedback?durable=true",
                                    "{\"decision_id\": \"" + id + "\", \"event\": \"conversion\", \"value\": 5}");
                            if (f.statusCode() == 200) {
                                feedback.merge(id, 1, Integer::sum);
                            }
                        }
                    }
                } catch (IOException e) {
                    // the server was killed under this request
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "kill-client-" + c);
            t.setDaemon(true);
            t.start();
            clients.add(t);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (decisions.size() < killAt && errors.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(errors.get()).as("requests refused before the kill").isZero();
        assertThat(decisions.size()).as("decisions acknowledged before the kill point").isGreaterThanOrEqualTo(killAt);
        return clients; // the caller kills the server now, with the clients still firing
    }

    private static HttpResponse<String> post(int port, String key, String path, String body)
            throws IOException, InterruptedException {
        return ServeFixture.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The workspace opens, and holds every acknowledged decision and at least the acknowledged feedback. */
    private static void check(Path ws, Set<String> decisions, Map<String, Integer> feedback) throws Exception {
        Set<String> logged = new HashSet<>();
        Map<String, Integer> events = new HashMap<>();
        try (Workspace workspace = Workspace.open(ws); Connection c = workspace.dataSource().getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id FROM decision")) {
                while (rs.next()) {
                    logged.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT decision_id, COUNT(*) FROM decision_feedback GROUP BY"
                    + " decision_id")) {
                while (rs.next()) {
                    events.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        assertThat(logged).as("acknowledged decisions after the kill").containsAll(decisions);
        feedback.forEach((id, n) -> assertThat(events.getOrDefault(id, 0)).as("feedback on %s", id)
                .isGreaterThanOrEqualTo(n));
    }

    private static long count(Path ws, String sql) throws Exception {
        try (Workspace workspace = Workspace.open(ws); Connection c = workspace.dataSource().getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
