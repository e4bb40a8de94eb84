package io.campaignlab.app.gui;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.serve.DecisionService;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.decide.DecisionEngine;
import io.campaignlab.engine.campaigns.policy.BetaPosterior;
import io.campaignlab.engine.campaigns.policy.BudgetSnapshot;
import io.campaignlab.engine.campaigns.policy.PosteriorKey;
import io.campaignlab.engine.json.Json;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.persistence.campaigns.JdbcDecisionReader;
import io.campaignlab.views.campaigns.serve.ArmTally;
import io.campaignlab.views.campaigns.serve.ServeControl;
import io.campaignlab.views.campaigns.serve.ServeSnapshot;
import io.campaignlab.views.campaigns.serve.ServeState;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The GUI's decision server: one {@link DecisionService} on the open workspace at a time. The dashboard's server
 * figures are read from the server's own {@code GET /v1/metrics} (with the workspace's key, over loopback when it
 * listens on every address), the campaign's budget and Thompson posteriors from its engine, and its decisions and
 * conversions per arm and offer from the decision log.
 */
public final class GuiServeControl implements ServeControl {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private DecisionService service;
    private WorkspaceServices services;
    private String bind;

    @Override
    public synchronized ServeState start(WorkspaceContext workspace, String address, int port) {
        if (service != null) {
            throw new IllegalStateException("the decision server already runs on port " + service.port());
        }
        if (!(workspace instanceof WorkspaceServices opened)) {
            throw new IllegalArgumentException("the decision server needs a workspace opened by the app");
        }
        service = DecisionService.start(opened, address, port, Clock.systemUTC(), new SecureRandom().nextLong());
        services = opened;
        bind = address;
        return state();
    }

    @Override
    public synchronized ServeState stop() {
        if (service != null) {
            service.stop();
            service = null;
            services = null;
        }
        return ServeState.STOPPED;
    }

    @Override
    public synchronized ServeState state() {
        return service == null ? ServeState.STOPPED : new ServeState(true, bind, service.port(),
                service.engine().loaded().size(), service.apiKey());
    }

    @Override
    public synchronized ServeState reload() {
        if (service != null) {
            service.reload();
        }
        return state();
    }

    @Override
    public ServeSnapshot snapshot(String campaign) throws IOException, InterruptedException {
        DecisionService s;
        WorkspaceServices ws;
        String address;
        synchronized (this) {
            if (service == null) {
                throw new IllegalStateException("the decision server is not running");
            }
            s = service;
            ws = services;
            address = bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
        }
        JsonNode m = metrics(s, address);
        DecisionEngine engine = s.engine();
        Map<String, Integer> loaded = engine.loaded();
        String name = campaign == null ? loaded.keySet().stream().findFirst().orElse(null)
                : loaded.containsKey(campaign) ? campaign : null;
        double rate = m.path("decisions_per_second").asDouble();
        Double p50 = m.path("p50_ms").isNumber() ? m.get("p50_ms").asDouble() : null;
        Double p99 = m.path("p99_ms").isNumber() ? m.get("p99_ms").asDouble() : null;
        long decisions = m.path("decisions").asLong();
        long fallbacks = m.path("fallbacks").asLong();
        if (name == null) {
            return new ServeSnapshot(decisions, rate, p50, p99, fallbacks, null, 0, null, null, Map.of(), List.of(),
                    Map.of());
        }
        int version = loaded.get(name);
        BudgetSnapshot budget = engine.budget(name).orElse(null);
        Map<String, Long> offers = new TreeMap<>();
        Map<String, long[]> arms = new LinkedHashMap<>();
        for (JdbcDecisionReader.Tally t : new JdbcDecisionReader(ws.workspace().dataSource()).tally(name, version)) {
            if (t.offer() != null) {
                offers.merge(t.offer(), t.decisions(), Long::sum);
            }
            long[] a = arms.computeIfAbsent(t.arm(), k -> new long[2]);
            a[0] += t.decisions();
            a[1] += t.conversions();
        }
        List<ArmTally> byArm = new ArrayList<>();
        arms.forEach((arm, a) -> byArm.add(new ArmTally(arm, a[0], a[1])));
        Map<String, BetaPosterior> posteriors = new TreeMap<>();
        engine.posteriors(name).ifPresent(p -> {
            for (Map.Entry<PosteriorKey, BetaPosterior> e : p.snapshot().entrySet()) {
                if (e.getKey().segment().equals(DecisionEngine.SEGMENT)) {
                    posteriors.put(e.getKey().offer(), e.getValue());
                }
            }
        });
        return new ServeSnapshot(decisions, rate, p50, p99, fallbacks, name, version,
                budget == null ? null : budget.committed(), budget == null ? null : budget.cap(), offers, byArm,
                posteriors);
    }

    private JsonNode metrics(DecisionService s, String address) throws IOException, InterruptedException {
        String host = address.contains(":") ? "[" + address + "]" : address;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + s.port() + "/v1/metrics"))
                .header("X-Api-Key", s.apiKey()).timeout(TIMEOUT).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET /v1/metrics answered " + response.statusCode() + ": " + response.body());
        }
        return Json.mapper().readTree(response.body());
    }
}
