package io.campaignlab.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.bench.AdCampaignSetup;
import io.campaignlab.engine.campaigns.decide.AdRanking;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionJson;
import io.campaignlab.engine.campaigns.decide.DecisionRequest;
import io.campaignlab.engine.features.FeaturePipeline;
import io.campaignlab.engine.features.FittedField;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.LoadedModel;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.ModelScorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An ad offer ranked at serve time by a DeepFM run, checked against the offline path: each creative's pCTR equals the
 * model's score of the same row built as a frame from the stored users and items tables and the request (encoded by
 * the pipeline, scored by {@link LoadedModel#predict}); each field's contribution equals the logit drop when that
 * column is made missing in such a frame; names and categories come from the items table; an unknown user is scored
 * on the context alone and counted as a cold start.
 */
class AdRankingTest {

    static final Map<String, Object> CONTEXT = Map.of("placement", "home", "position", 2, "discount_pct", 10,
            "hour", 20, "noise_a", "v3");

    @TempDir
    static Path dir;

    static ServeFixture fixture;
    static AdCampaignSetup setup;
    static LoadedModel model;
    static Frame items;
    static Frame users;

    @BeforeAll
    static void publish() throws Exception {
        fixture = new ServeFixture(dir.resolve("ws"));
        setup = AdCampaignSetup.create(fixture.services, 800, 11, ModelKind.DEEPFM, 1, 20, 3,
                ProgressListener.none(), new CancellationToken());
        fixture.start();
        model = LoadedModel.load(fixture.services, setup.runId());
        items = read("items");
        users = read("users");
    }

    static Frame read(String dataset) {
        List<String> columns = new ArrayList<>(fixture.services.datasets().require(dataset).columns().stream()
                .map(c -> c.name()).toList());
        return fixture.services.frames().read(dataset, columns, ProgressListener.none(), new CancellationToken());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** The impression-like row of (user, item) as the offline path builds it; null user → user columns missing. */
    static Frame rows(String user, List<String> creatives, Map<String, String> missing) {
        int u = user == null ? -1 : index(users, "user_id", user);
        List<FrameColumn> columns = new ArrayList<>();
        for (String c : model.artifact().pipeline().columns()) {
            Object[] values = new Object[creatives.size()];
            for (int r = 0; r < values.length; r++) {
                int i = index(items, "item_id", creatives.get(r));
                values[r] = missing.containsKey(c) ? null : items.has(c) ? value(items, c, i)
                        : users.has(c) ? (u < 0 ? null : value(users, c, u)) : c.equals("ts")
                        ? ServeFixture.CLOCK.millis() : CONTEXT.get(c);
            }
            columns.add(column(c, values));
        }
        return Frame.of("test", new long[creatives.size()], columns);
    }

    static int index(Frame frame, String key, String id) {
        String[] ids = frame.column(key).asLabels();
        for (int i = 0; i < ids.length; i++) {
            if (id.equals(ids[i])) {
                return i;
            }
        }
        throw new AssertionError(id + " not in " + frame.dataset());
    }

    static Object value(Frame frame, String column, int row) {
        FrameColumn c = frame.column(column);
        if (c instanceof FrameColumn.Numbers n) {
            return n.values()[row];
        }
        if (c instanceof FrameColumn.Texts t) {
            return t.values()[row];
        }
        return ((FrameColumn.Times) c).epochMillis()[row];
    }

    static FrameColumn column(String name, Object[] values) {
        FittedField field = model.artifact().pipeline().fields().stream().filter(f -> f.column().equals(name))
                .findFirst().orElseThrow();
        String type = field.getClass().getSimpleName();
        if (type.equals("HourOfDay") || type.equals("DayOfWeek")) {
            long[] out = new long[values.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = values[i] == null ? FrameColumn.MISSING_TIME : ((Number) values[i]).longValue();
            }
            return new FrameColumn.Times(name, out);
        }
        if (type.equals("Scaled") || type.equals("Buckets") || type.equals("LogSquared")) {
            double[] out = new double[values.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = values[i] == null ? Double.NaN : ((Number) values[i]).doubleValue();
            }
            return new FrameColumn.Numbers(name, out);
        }
        String[] out = new String[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i] == null ? null : values[i] instanceof Number n && n.doubleValue() == Math.rint(
                    n.doubleValue()) ? Long.toString(n.longValue()) : values[i].toString();
        }
        return new FrameColumn.Texts(name, out);
    }

    static AdRanking ranking(Decision d) {
        assertThat(d.trace().rankings()).hasSize(1);
        return d.trace().rankings().get(0);
    }

    @Test
    void everyCreativeIsScoredAsTheOfflinePipelineScoresTheSameRowAndTheBestWins() {
        String user = setup.users().get(7);
        Decision d = fixture.service.engine().decide(new DecisionRequest(user, CONTEXT, AdCampaignSetup.CAMPAIGN));
        AdRanking r = ranking(d);
        double[] offline = model.predict(rows(user, setup.creatives(), Map.of()), new CancellationToken()).ctr();
        assertThat(r.creatives()).hasSize(20);
        int best = 0;
        for (int i = 0; i < offline.length; i++) {
            assertThat(r.creatives().get(i).creative()).isEqualTo(setup.creatives().get(i));
            assertThat(r.creatives().get(i).pCtr()).as("creative " + i).isCloseTo(offline[i], within(1e-5));
            best = offline[i] > offline[best] ? i : best;
        }
        assertThat(r.winner()).isEqualTo(setup.creatives().get(best));
        assertThat(d.offer()).isEqualTo(AdCampaignSetup.OFFER);
        assertThat(d.score()).isCloseTo(offline[best], within(1e-5));
        assertThat(r.coldStart()).isFalse();
        assertThat(r.userFeatures()).isEqualTo("stored");
    }

    @Test
    void contributionsAreTheLogitDropsWhenEachColumnIsMadeMissingOffline() {
        String user = setup.users().get(3);
        Decision d = fixture.service.engine().decide(new DecisionRequest(user, CONTEXT, AdCampaignSetup.CAMPAIGN));
        AdRanking r = ranking(d);
        FeaturePipeline pipeline = model.artifact().pipeline();
        List<String> winner = List.of(r.winner());
        try (ModelScorer scorer = ModelScorer.open(model)) {
            double logit = scorer.logits(pipeline.encode(rows(user, winner, Map.of())))[0];
            assertThat(r.logit()).isCloseTo(logit, within(1e-4));
            Map<String, Double> byField = new HashMap<>();
            r.contributions().forEach(c -> byField.put(c.feature(), c.contribution()));
            int checked = 0;
            for (FittedField f : pipeline.fields()) {
                long readers = pipeline.fields().stream().filter(g -> g.column().equals(f.column())).count();
                if (readers == 1) {
                    double drop = logit - scorer.logits(pipeline.encode(rows(user, winner,
                            Map.of(f.column(), "missing"))))[0];
                    assertThat(byField.get(f.name())).as(f.name()).isCloseTo(drop, within(1e-4));
                    checked++;
                }
            }
            assertThat(checked).isGreaterThanOrEqualTo(8);
        }
        assertThat(d.explanation()).hasSize(5);
        for (int i = 1; i < 5; i++) {
            assertThat(Math.abs(d.explanation().get(i - 1).contribution()))
                    .isGreaterThanOrEqualTo(Math.abs(d.explanation().get(i).contribution()));
        }
        assertThat(r.contributionSum()).isCloseTo(r.contributions().stream()
                .mapToDouble(Decision.Contribution::contribution).sum(), within(1e-9));
    }

    @Test
    void creativesCarryTheirNameAndCategoryFromTheItemsTable() {
        Decision d = fixture.service.engine().decide(new DecisionRequest(setup.users().get(1), CONTEXT,
                AdCampaignSetup.CAMPAIGN));
        for (AdRanking.CreativeScore c : ranking(d).creatives()) {
            int i = index(items, "item_id", c.creative());
            assertThat(c.name()).isEqualTo(items.texts("name")[i]).endsWith("#" + c.creative());
            assertThat(c.category()).isEqualTo(items.texts("category")[i]);
        }
    }

    @Test
    void anUnknownUserIsScoredOnTheContextAloneAndCountedAsAColdStart() {
        long before = fixture.service.engine().coldStarts();
        String user = setup.coldUsers().get(0);
        Decision d = fixture.service.engine().decide(new DecisionRequest(user, CONTEXT, AdCampaignSetup.CAMPAIGN));
        AdRanking r = ranking(d);
        assertThat(r.coldStart()).isTrue();
        assertThat(r.userFeatures()).isEqualTo("context only (unknown user)");
        assertThat(fixture.service.engine().coldStarts()).isEqualTo(before + 1);
        double[] offline = model.predict(rows(null, setup.creatives(), Map.of()), new CancellationToken()).ctr();
        for (int i = 0; i < offline.length; i++) {
            assertThat(r.creatives().get(i).pCtr()).isCloseTo(offline[i], within(1e-5));
        }
    }

    @Test
    void theApiAnswersWithTheExplanationAndTheRankingAndTheLogKeepsThem() throws Exception {
        var response = fixture.post("/v1/decide", "{\"user_id\": \"" + setup.users().get(5)
                + "\", \"context\": {\"placement\": \"home\", \"hour\": 20}}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = ServeFixture.json(response);
        assertThat(body.get("explanation")).hasSize(5);
        assertThat(body.get("explanation").get(0).has("feature")).isTrue();
        JsonNode ranking = body.get("trace").get("rankings").get(0);
        assertThat(ranking.get("creatives")).hasSize(20);
        assertThat(ranking.get("creatives").get(0).get("name").asText()).contains("#");
        Decision back = DecisionJson.readDecision(response.body());
        assertThat(back.trace().rankings().get(0).winner()).isEqualTo(ranking.get("winner").asText());
        assertThat(back.explanation()).hasSize(5);
    }
}
