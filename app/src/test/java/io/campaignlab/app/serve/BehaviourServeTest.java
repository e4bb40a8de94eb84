package io.campaignlab.app.serve;

import io.campaignlab.app.testing.SimulatedWorkspaces;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.campaigns.decide.AdRanking;
import io.campaignlab.engine.campaigns.decide.DecisionRequest;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.BehaviourSpec;
import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.BehaviourProbes;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.LoadedModel;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.ScoringJob;
import io.campaignlab.engine.models.TrainingJob;
import io.campaignlab.engine.models.TrainingRequest;
import io.campaignlab.engine.segments.NewSegment;
import io.campaignlab.engine.segments.NewSegmentation;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentProvenance;
import io.campaignlab.engine.segments.SegmentationRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An ad offer ranked by a CTR run trained with behavioural aggregates gets the user's aggregates as of serve start:
 * with the service started at the time of one user's latest impression, the served pCTR of that impression's item,
 * in that impression's context, equals the batch score {@code score} wrote for that row (the batch path computes the
 * row's aggregates from everything strictly before it, as the engine does for serve start). The aggregates are not
 * vacuous: the user's earlier impressions and views, counted here, are what the probe holds.
 */
class BehaviourServeTest {

    @TempDir
    static Path dir;

    @Test
    void aServedScoreEqualsTheBatchScoreOfTheUsersLatestRow() throws Exception {
        Path ws = dir.resolve("ws");
        SimulatedWorkspaces.copy(ws, "--users", "400", "--days", "7", "--json");
        try (ServeFixture fixture = new ServeFixture(ws)) {
            CancellationToken cancel = new CancellationToken();
            DatasetInfo info = fixture.services.datasets().require("impressions");
            BehaviourSpec behaviour = new BehaviourSpec("events", BehaviourSpec.DEFAULT_LAST_N);
            List<FieldSpec> fields = new ArrayList<>(FeatureDefaults.fields(info.columns(),
                    List.of("clicked", "purchased")));
            fields.addAll(FeatureDefaults.behaviourFields(behaviour));
            long run = fixture.services.runner().run(new TrainingJob(fixture.services, new TrainingRequest(
                    "impressions", "clicked", new FeatureSpec(fields, behaviour), SplitSpec.of(SplitKind.RANDOM, 5),
                    ModelKind.LR, Hyperparameters.defaultsFor(ModelKind.LR).withMaxEpochs(1), 5, "cpu"),
                    (id, r) -> { }), ProgressListener.none(), cancel).runId();
            fixture.services.runner().run(new ScoringJob(fixture.services, run, "impressions"),
                    ProgressListener.none(), cancel);
            LoadedModel model = LoadedModel.load(fixture.services, run);
            assertThat(model.artifact().pipeline().columns()).contains("bh_user_ctr", "bh_user_views",
                    "bh_item_ctr", "bh_user_last_categories");
            List<String> columns = new ArrayList<>(info.columns().stream().map(c -> c.name()).toList());
            Frame rows = fixture.services.frames().read("impressions", columns, ProgressListener.none(), cancel);
            int row = latestOfABusyUser(rows);
            String user = rows.column("user_id").asLabels()[row];
            String item = rows.column("item_id").asLabels()[row];
            long at = rows.times("ts")[row];

            // the aggregates the probe holds, against counts made here
            Frame probe = BehaviourProbes.at(fixture.services, model, List.of(new BehaviourProbes.Probe(user, item,
                    rows.column("category").asLabels()[row])), at, cancel);
            assertThat(probe.numbers("bh_user_impressions")[0]).isEqualTo(earlier(rows, user, at));
            Frame events = fixture.services.frames().read("events", List.of("user_id", "event_type", "ts"),
                    ProgressListener.none(), cancel);
            assertThat(probe.numbers("bh_user_views")[0]).isEqualTo(earlierViews(events, user, at)).isPositive();

            List<String> creatives = List.of(item, item.equals("1") ? "2" : "1");
            SegmentationRecord segment = fixture.services.segments().save(new NewSegmentation("one", SegmentKind.RULES,
                    new SegmentProvenance("users", "0".repeat(64), 1, "test", Map.of()), null, "{}", null,
                    List.of(new NewSegment("the user", "{}", List.of(user)))));
            fixture.services.campaigns().create(new Campaign("ads", Objective.CLICKS,
                    Audience.ofSegment(segment.segments().get(0).id()), List.of(new Offer("banner", Offer.Kind.AD,
                    run, null, creatives, null, null, null, null, null, null, null, List.of())),
                    new Policy(Policy.Kind.GREEDY, null), new Constraints(null, null, 0.0, null, null, null)));
            fixture.services.campaigns().publish("ads");
            fixture.service = DecisionService.start(fixture.services, "127.0.0.1", 0,
                    Clock.fixed(Instant.ofEpochMilli(at), ZoneOffset.UTC), 7);
            AdRanking ranking = fixture.service.engine().decide(new DecisionRequest(user, context(rows, row,
                    model), "ads")).trace().rankings().get(0);
            assertThat(ranking.userFeatures()).isEqualTo("stored");
            double batch = batchScore(fixture, run, rows.rowIds()[row], cancel);
            assertThat(ranking.creatives().get(0).creative()).isEqualTo(item);
            assertThat(ranking.creatives().get(0).pCtr()).isCloseTo(batch, within(1e-5));
        }
    }

    /** The latest impression of the user with the most impressions whose latest time is theirs alone. */
    static int latestOfABusyUser(Frame rows) {
        String[] users = rows.column("user_id").asLabels();
        long[] ts = rows.times("ts");
        Map<String, List<Integer>> byUser = new java.util.TreeMap<>();
        for (int i = 0; i < users.length; i++) {
            byUser.computeIfAbsent(users[i], k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> busiest = new ArrayList<>(byUser.values());
        busiest.sort((a, b) -> Integer.compare(b.size(), a.size()));
        for (List<Integer> mine : busiest) {
            int last = mine.stream().max((a, b) -> Long.compare(ts[a], ts[b])).orElseThrow();
            if (mine.stream().filter(i -> ts[i] == ts[last]).count() == 1) {
                return last;
            }
        }
        throw new AssertionError("no user whose latest impression is alone at its time");
    }

    static double earlier(Frame rows, String user, long at) {
        String[] users = rows.column("user_id").asLabels();
        long[] ts = rows.times("ts");
        int n = 0;
        for (int i = 0; i < users.length; i++) {
            n += user.equals(users[i]) && ts[i] < at ? 1 : 0;
        }
        return n;
    }

    static double earlierViews(Frame events, String user, long at) {
        String[] users = events.column("user_id").asLabels();
        String[] types = events.column("event_type").asLabels();
        long[] ts = events.times("ts");
        int n = 0;
        for (int i = 0; i < users.length; i++) {
            n += user.equals(users[i]) && ts[i] < at && "view".equalsIgnoreCase(types[i].strip()) ? 1 : 0;
        }
        return n;
    }

    /** The impression's own values of every pipeline column that is neither the item's nor the user's. */
    static Map<String, Object> context(Frame rows, int row, LoadedModel model) {
        Map<String, Object> out = new HashMap<>();
        for (String c : model.artifact().pipeline().columns()) {
            if (!rows.has(c) || c.equals("ts")) {
                continue;
            }
            FrameColumn col = rows.column(c);
            if (col instanceof FrameColumn.Numbers n && !Double.isNaN(n.values()[row])) {
                out.put(c, n.values()[row]);
            } else if (col instanceof FrameColumn.Texts t && t.values()[row] != null) {
                out.put(c, t.values()[row]);
            }
        }
        return out;
    }

    static double batchScore(ServeFixture fixture, long run, long rowId, CancellationToken cancel) {
        Frame scores = fixture.services.frames().read(ScoringJob.scoresName(run, "impressions"),
                List.of("row_id", "score"), ProgressListener.none(), cancel);
        double[] ids = scores.numbers("row_id");
        for (int i = 0; i < ids.length; i++) {
            if ((long) ids[i] == rowId) {
                return scores.numbers("score")[i];
            }
        }
        throw new AssertionError("row " + rowId + " was not scored");
    }
}
