package io.campaignlab.app.serve;

import io.campaignlab.app.testing.SimulatedWorkspaces;
import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionRequest;
import io.campaignlab.engine.campaigns.decide.DecisionTrace;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.Hyperparameters;
import io.campaignlab.engine.models.LoadedModel;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.models.ScoringJob;
import io.campaignlab.engine.models.TrainingJob;
import io.campaignlab.engine.models.TrainingRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A coupon served to an audience selected by a response run's score (logistic regression of {@code converted} on
 * the simulator's discount test) ({@code score:runN >= 0}) is explained with that
 * run's model for the user: each contribution equals, worked out here from the discount test table and the model's
 * probabilities, the logit of the user's latest row (latest offered_at, then largest _row) minus the logit of the same
 * row with that column made missing. A coupon whose campaign names no model gets no explanation and a trace that says
 * why.
 */
class ChoiceExplanationTest {

    static final String DATASET = "discount_test";
    static final String TIME = "offered_at";

    @TempDir
    static Path dir;

    static ServeFixture fixture;
    static long run;
    static LoadedModel model;
    static Frame rows;

    @BeforeAll
    static void publish() throws Exception {
        Path ws = dir.resolve("ws");
        SimulatedWorkspaces.copy(ws, "--users", "400", "--days", "7", "--json");
        fixture = new ServeFixture(ws);
        CancellationToken cancel = new CancellationToken();
        DatasetInfo info = fixture.services.datasets().require(DATASET);
        TrainingRequest request = new TrainingRequest(DATASET, "converted",
                new FeatureSpec(FeatureDefaults.fields(info.columns(), List.of("converted", "revenue", "margin")),
                        null),
                SplitSpec.of(SplitKind.RANDOM, 3), ModelKind.LR,
                Hyperparameters.defaultsFor(ModelKind.LR).withMaxEpochs(1), 3, "cpu");
        run = fixture.services.runner().run(new TrainingJob(fixture.services, request, (id, r) -> { }),
                ProgressListener.none(), cancel).runId();
        fixture.services.runner().run(new ScoringJob(fixture.services, run, DATASET), ProgressListener.none(),
                cancel);
        fixture.services.campaigns().create(new Campaign("scored", Objective.CONVERSIONS,
                Audience.ofRule("score:run" + run + " >= 0", "events", "users"),
                List.of(ServeFixture.coupon("c10", 10, 1.0)), new Policy(Policy.Kind.GREEDY, null),
                new Constraints(null, null, 0.0, null, null, null)));
        fixture.services.campaigns().publish("scored");
        fixture.publish("plain", null, 0.0, ServeFixture.coupon("c5", 5, 1.0));
        fixture.services.campaigns().create(new Campaign("priced", Objective.MARGIN,
                Audience.ofRule("score:run" + run + " >= 0", "events", "users"),
                List.of(new Offer("dyn", Offer.Kind.DYNAMIC_DISCOUNT, null, null, null, null, null,
                        List.of(0.0, 10.0), null, null, List.of(run, run), null, null)),
                new Policy(Policy.Kind.GREEDY, null), new Constraints(null, null, 0.0, null, null, null)));
        fixture.services.campaigns().publish("priced");
        fixture.start();
        model = LoadedModel.load(fixture.services, run);
        LinkedHashSet<String> columns = new LinkedHashSet<>(model.artifact().pipeline().columns());
        columns.add("user_id");
        columns.add(TIME);
        rows = fixture.services.frames().read(DATASET, new ArrayList<>(columns),
                ProgressListener.none(), cancel);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** The user's latest row, found by a plain scan. */
    static int latest(String user) {
        String[] ids = rows.column("user_id").asLabels();
        long[] ts = rows.times(TIME);
        long[] rowIds = rows.rowIds();
        int best = -1;
        for (int i = 0; i < ids.length; i++) {
            if (user.equals(ids[i]) && (best < 0 || ts[i] > ts[best] || ts[i] == ts[best]
                    && rowIds[i] > rowIds[best])) {
                best = i;
            }
        }
        return best;
    }

    /** The model's logit of one row, with {@code missing} (or nothing) blanked. */
    static double logit(int row, String missing) {
        List<FrameColumn> columns = new ArrayList<>();
        for (String c : model.artifact().pipeline().columns()) {
            FrameColumn col = rows.column(c);
            if (col instanceof FrameColumn.Numbers n) {
                columns.add(new FrameColumn.Numbers(c, new double[]{c.equals(missing) ? Double.NaN
                        : n.values()[row]}));
            } else if (col instanceof FrameColumn.Texts t) {
                columns.add(new FrameColumn.Texts(c, new String[]{c.equals(missing) ? null : t.values()[row]}));
            } else {
                columns.add(new FrameColumn.Times(c, new long[]{c.equals(missing) ? FrameColumn.MISSING_TIME
                        : ((FrameColumn.Times) col).epochMillis()[row]}));
            }
        }
        double p = model.predict(Frame.of(DATASET, new long[]{rows.rowIds()[row]}, columns),
                new CancellationToken()).ctr()[0];
        return Math.log(p / (1 - p));
    }

    @Test
    void aCouponForAScoredAudienceIsExplainedByTheScoringRunOnTheUsersLatestRow() {
        assertThat(fixture.service.engine().loaded()).containsKeys("scored", "plain");
        String[] ids = rows.column("user_id").asLabels();
        int checked = 0;
        for (String user : new String[]{ids[0], ids[ids.length / 2], ids[ids.length - 1]}) {
            Decision d = fixture.service.engine().decide(new DecisionRequest(user, Map.of(), "scored"));
            assertThat(d.offer()).as(user).isEqualTo("c10");
            DecisionTrace.Explanation how = d.trace().explained();
            int row = latest(user);
            assertThat(how.run()).isEqualTo(run);
            assertThat(how.note()).isNull();
            assertThat(how.method()).startsWith("occlusion on the user's latest row of " + DATASET);
            assertThat(how.row()).isEqualTo(rows.rowIds()[row]);
            assertThat(d.explanation()).hasSize(5);
            double full = logit(row, null);
            Map<String, Double> expected = new HashMap<>();
            for (String c : model.artifact().pipeline().columns()) {
                expected.put(c, full - logit(row, c));
            }
            for (Decision.Contribution c : d.explanation()) {
                assertThat(c.contribution()).as(user + " " + c.feature()).isCloseTo(expected.get(c.feature()),
                        within(1e-4));
            }
            double fifth = Math.abs(d.explanation().get(4).contribution());
            assertThat(expected.values()).as("no column left out contributes more than the fifth listed")
                    .allMatch(v -> Math.abs(v) <= fifth + 1e-4 || d.explanation().stream()
                            .anyMatch(c -> Math.abs(c.contribution() - v) < 1e-4));
            checked++;
        }
        assertThat(checked).isEqualTo(3);
    }

    @Test
    void aDynamicDiscountIsExplainedByTheResponseRunOfTheLevelChosen() {
        String user = rows.column("user_id").asLabels()[1];
        Decision d = fixture.service.engine().decide(new DecisionRequest(user, Map.of("price", 40, "unit_cost", 10),
                "priced"));
        assertThat(d.offer()).isEqualTo("dyn");
        // both levels share one response run, so the same P(buy): 0 % keeps the larger margin
        assertThat(d.discount()).isZero();
        assertThat(d.trace().explained().run()).isEqualTo(run);
        assertThat(d.trace().explained().row()).isEqualTo(rows.rowIds()[latest(user)]);
        Decision.Contribution first = d.explanation().get(0);
        int row = latest(user);
        assertThat(first.contribution()).isCloseTo(logit(row, null) - logit(row, first.feature()), within(1e-4));
    }

    @Test
    void aCouponWithoutAModelSaysSoInTheTrace() {
        Decision d = fixture.service.engine().decide(new DecisionRequest("u3", Map.of(), "plain"));
        assertThat(d.offer()).isEqualTo("c5");
        assertThat(d.explanation()).isEmpty();
        assertThat(d.trace().explained().run()).isNull();
        assertThat(d.trace().explained().note()).contains("no model to explain this choice with");
    }
}
