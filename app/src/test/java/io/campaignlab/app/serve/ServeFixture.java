package io.campaignlab.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.CostModel;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.json.Json;
import io.campaignlab.engine.segments.NewSegment;
import io.campaignlab.engine.segments.NewSegmentation;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentProvenance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A workspace with published campaigns, a decision service on a free port, and an HTTP client for it. */
final class ServeFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    final WorkspaceServices services;
    DecisionService service;

    ServeFixture(java.nio.file.Path dir) {
        services = WorkspaceServices.open(dir);
        List<String> members = new ArrayList<>(MEMBERS);
        members.add("u");
        services.segments().save(new NewSegmentation("serve fixture", SegmentKind.RULES, new SegmentProvenance(
                "users", "0".repeat(64), members.size(), "test", Map.of()), null, "{}", null,
                List.of(new NewSegment("everyone tested", "{}", members))));
    }

    /** The members of segment 1, which the fixture creates: u0..u199 and c0-0..c7-99. */
    static final List<String> MEMBERS = members();

    private static List<String> members() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            out.add("u" + i);
        }
        for (int c = 0; c < 8; c++) {
            for (int i = 0; i < 100; i++) {
                out.add("c" + c + "-" + i);
            }
        }
        return List.copyOf(out);
    }

    static Offer coupon(String name, double percent, double cost, String... eligibility) {
        return new Offer(name, Offer.Kind.COUPON, null, null, null, null, percent, null, null, null, null,
                new CostModel(cost, null, null), List.of(eligibility));
    }

    /** Creates and publishes a Thompson campaign on segment 1. */
    ServeFixture publish(String name, Double budget, double holdout, Offer... offers) {
        Campaign c = new Campaign(name, Objective.CONVERSIONS, Audience.ofSegment(1), List.of(offers),
                new Policy(Policy.Kind.THOMPSON, null),
                new Constraints(budget, null, holdout, null, null, null));
        services.campaigns().create(c);
        services.campaigns().publish(name);
        return this;
    }

    ServeFixture start() {
        service = DecisionService.start(services, "127.0.0.1", 0, CLOCK, 7);
        return this;
    }

    /** Stops the service (flushing its log) and starts a new one on the same workspace. */
    ServeFixture restart() {
        service.stop();
        return start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + service.apiKey())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("X-Api-Key", service.apiKey()).GET().build());
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    @Override
    public void close() {
        if (service != null) {
            service.stop();
        }
        services.close();
    }
}
