package io.campaignlab.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.testing.SimulatedWorkspaces;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionRequest;
import io.campaignlab.engine.campaigns.decide.FilledSlots;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.EventWeights;
import io.campaignlab.engine.recommend.RecommendRequest;
import io.campaignlab.engine.recommend.RecommendService;
import io.campaignlab.engine.recommend.RecommendTrainingJob;
import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.recommend.RecommenderSpec;
import io.campaignlab.engine.recommend.UserRecommendations;
import io.campaignlab.engine.recommend.evaluation.EvaluationProtocol;
import io.campaignlab.engine.segments.NewSegment;
import io.campaignlab.engine.segments.NewSegmentation;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentProvenance;
import io.campaignlab.engine.segments.SegmentationRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recommendation offer served on a small simulated workspace with an ALS run: a known user's slots are the run's
 * own top items ({@code recommend for --k SLOTS}), none of them already in the user's events; an unknown user's are
 * the most popular items counted here from the events table (within the context's category when it names one),
 * marked as a cold start and counted in {@code /v1/metrics}' fallbacks; slots are distinct, at most {@code slots},
 * and named from the items table.
 */
class RecommendationSlotsTest {

    static final String CAMPAIGN = "picks";
    static final int SLOTS = 6;

    @TempDir
    static Path dir;

    static ServeFixture fixture;
    static long run;
    static Map<String, Set<String>> itemsByUser = new HashMap<>();
    static Map<String, String[]> itemInfo = new HashMap<>();
    static List<String> users;

    @BeforeAll
    static void publish() throws Exception {
        Path ws = dir.resolve("ws");
        SimulatedWorkspaces.copy(ws, "--users", "1500", "--days", "14", "--json");
        fixture = new ServeFixture(ws);
        CancellationToken cancel = new CancellationToken();
        run = fixture.services.runner().run(new RecommendTrainingJob(fixture.services, new RecommendRequest("events",
                RecommenderSpec.defaults(RecommenderKind.ALS).withFactors(8).withIterations(5),
                EvaluationProtocol.leaveLastOut(20), EventWeights.defaults())), ProgressListener.none(), cancel)
                .runId();
        Frame events = fixture.services.frames().read("events", List.of("user_id", "item_id"),
                ProgressListener.none(), cancel);
        String[] u = events.column("user_id").asLabels();
        String[] i = events.column("item_id").asLabels();
        for (int r = 0; r < u.length; r++) {
            itemsByUser.computeIfAbsent(u[r], k -> new HashSet<>()).add(i[r]);
        }
        Frame items = fixture.services.frames().read("items", List.of("item_id", "name", "category"),
                ProgressListener.none(), cancel);
        for (int r = 0; r < items.rows(); r++) {
            itemInfo.put(items.column("item_id").asLabels()[r], new String[]{items.column("name").asLabels()[r],
                    items.column("category").asLabels()[r]});
        }
        users = new ArrayList<>(new TreeMap<>(itemsByUser).keySet());
        List<String> members = new ArrayList<>(users);
        members.addAll(List.of("new-1", "new-2", "new-3"));
        SegmentationRecord segment = fixture.services.segments().save(new NewSegmentation("everyone",
                SegmentKind.RULES, new SegmentProvenance("users", "0".repeat(64), members.size(), "test", Map.of()),
                null, "{}", null, List.of(new NewSegment("every user with events and three new ones", "{}",
                members))));
        Offer picks = new Offer("picks", Offer.Kind.RECOMMENDATION, run, SLOTS, null, null, null, null, null, null,
                null, null, List.of());
        fixture.services.campaigns().create(new Campaign(CAMPAIGN, Objective.CLICKS,
                Audience.ofSegment(segment.segments().get(0).id()), List.of(picks),
                new Policy(Policy.Kind.GREEDY, null), new Constraints(null, null, 0.0, null, null, null)));
        fixture.services.campaigns().publish(CAMPAIGN);
        fixture.start();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    static Decision decide(String user, Map<String, Object> context) {
        return fixture.service.engine().decide(new DecisionRequest(user, context, CAMPAIGN));
    }

    /** Items by how many users had them, most first, ties by id; within a category when not null. */
    static List<String> popular(String category, int k) {
        Map<String, Integer> count = new HashMap<>();
        itemsByUser.values().forEach(set -> set.forEach(item -> count.merge(item, 1, Integer::sum)));
        return count.keySet().stream().filter(item -> category == null || category.equals(itemInfo.get(item)[1]))
                .sorted(Comparator.comparing((String item) -> -count.get(item)).thenComparing(item -> item))
                .limit(k).toList();
    }

    static void assertNamed(Decision d) {
        for (Decision.Slot s : d.slots()) {
            assertThat(s.name()).as(s.item()).isEqualTo(itemInfo.get(s.item())[0]);
            assertThat(s.category()).as(s.item()).isEqualTo(itemInfo.get(s.item())[1]);
        }
    }

    @Test
    void aKnownUserGetsTheRunsOwnTopItemsAsRecommendForListsThem() throws Exception {
        for (String user : List.of(users.get(0), users.get(users.size() / 2), users.get(users.size() - 1))) {
            Decision d = decide(user, Map.of());
            UserRecommendations offline = RecommendService.forUser(fixture.services, run, user, SLOTS, 0,
                    ProgressListener.none(), new CancellationToken());
            assertThat(offline.fallback()).isNull();
            assertThat(d.offer()).isEqualTo("picks");
            assertThat(d.slots()).extracting(Decision.Slot::item).containsExactlyElementsOf(offline
                    .recommendations().stream().map(UserRecommendations.Recommendation::item).toList());
            for (int k = 0; k < SLOTS; k++) {
                assertThat(d.slots().get(k).score()).isEqualTo(offline.recommendations().get(k).score());
            }
            assertThat(d.slots()).hasSize(SLOTS).extracting(Decision.Slot::item).doesNotHaveDuplicates()
                    .noneMatch(itemsByUser.get(user)::contains);
            assertNamed(d);
            FilledSlots trace = d.trace().recommendation();
            assertThat(trace.coldStart()).isFalse();
            assertThat(trace.source()).isEqualTo("model");
            assertThat(trace.run()).isEqualTo(run);
            assertThat(trace.model()).isEqualTo("rec-als");
        }
    }

    @Test
    void anUnknownUserGetsPopularityMarkedInTheTraceAndCountedAsAFallback() throws Exception {
        long before = ServeFixture.json(fixture.get("/v1/metrics")).get("fallbacks").asLong();
        JsonNode body = ServeFixture.json(fixture.post("/v1/decide",
                "{\"user_id\": \"new-1\", \"campaign\": \"picks\", \"context\": {}}"));
        List<String> served = new ArrayList<>();
        body.get("slots").forEach(s -> served.add(s.get("item").asText()));
        assertThat(served).containsExactlyElementsOf(popular(null, SLOTS));
        assertThat(body.get("offer").asText()).isEqualTo("picks");
        assertThat(body.get("slots").get(0).get("name").asText()).isEqualTo(itemInfo.get(served.get(0))[0]);
        JsonNode trace = body.get("trace").get("recommendation");
        assertThat(trace.get("cold_start").asBoolean()).isTrue();
        assertThat(trace.get("source").asText()).isEqualTo("popularity");
        assertThat(trace.get("why").asText()).isEqualTo("unknown user");
        long after = ServeFixture.json(fixture.get("/v1/metrics")).get("fallbacks").asLong();
        assertThat(after - before).isEqualTo(1);
    }

    @Test
    void theContextsCategoryNarrowsTheFallbackAndSlotsNeverRepeatNorOverflow() {
        String category = itemInfo.get(popular(null, 1).get(0))[1];
        Decision d = decide("new-2", Map.of("category", category));
        assertThat(d.slots()).extracting(Decision.Slot::item).containsExactlyElementsOf(popular(category, SLOTS));
        assertThat(d.slots()).allMatch(s -> category.equals(s.category()));
        assertThat(d.trace().recommendation().source()).isEqualTo("popularity in category " + category);
        assertNamed(d);
        for (String user : users.subList(0, 40)) {
            Decision k = decide(user, Map.of());
            assertThat(k.slots()).hasSizeLessThanOrEqualTo(SLOTS).extracting(Decision.Slot::item)
                    .doesNotHaveDuplicates();
        }
    }
}
