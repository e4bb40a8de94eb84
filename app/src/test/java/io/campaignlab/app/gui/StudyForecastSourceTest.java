package io.campaignlab.app.gui;

import io.campaignlab.app.testing.CommandRun;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.forecast.TargetingSpec;
import io.campaignlab.engine.campaigns.ope.OffPolicyEstimate;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.views.campaigns.forecast.ForecastFigures;
import io.campaignlab.views.campaigns.forecast.StudyForecastSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forecast panel's adapter on the engine (the targeting study fits its DeepFM and uplift models, so it is slow:
 * {@code mvn -pl app test -Dgroups=slow -DexcludedGroups=none -Dtest=StudyForecastSourceTest}): on a simulated
 * workspace of 3,000 users it forecasts from a study of 2,000 more, and evaluates the default policy on the
 * workspace's campaign_exposures. The DR interval is checked against the policy's planted value, worked out here
 * from the dataset's ground-truth columns: the mean of true_p_control, plus true_uplift_coupon_20 where the policy
 * grants coupon_20 (recency_days &gt; 90 or history_orders ≤ 1).
 */
@Tag("slow")
class StudyForecastSourceTest {

    @TempDir
    Path dir;

    @Test
    void theAdapterForecastsFromTheStudyAndEvaluatesThePolicyOnTheWorkspacesLog() throws Exception {
        String ws = dir.resolve("ws").toString();
        CommandRun sim = CommandRun.inProcess("simulate", "--workspace", ws, "--users", "3000", "--days", "7",
                "--seed", "5", "--json");
        assertThat(sim.code()).as(sim.err()).isZero();
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(ws))) {
            StudyForecastSource source = new StudyForecastSource(TargetingSpec.of(2_000, 5),
                    StudyForecastSource.DEFAULT_POLICY, StudyForecastSource.DEFAULT_POLICY_NAME);
            ForecastFigures f = services.runner().run(source.forecast(services, "spring"), ProgressListener.none(),
                    new CancellationToken());

            assertThat(f.campaign()).isEqualTo("spring");
            assertThat(f.targeting()).hasSize(4);
            assertThat(f.curve().get(0).users()).isZero();
            int held = f.curve().size() - 1;
            assertThat(held).as("about half of the study's users are held out").isBetween(850, 1150);
            assertThat(f.forecast().reach()).isPositive().isLessThanOrEqualTo(held);
            assertThat(f.atBudget().spend()).isLessThanOrEqualTo(f.budget());
            assertThat(f.ope()).isNotNull();
            assertThat(f.ope().units()).isEqualTo(3_000);

            Frame log = services.frames().read(StudyForecastSource.EXPOSURES, List.of("true_p_control",
                    "true_uplift_coupon_20", "recency_days", "history_orders"), ProgressListener.none(),
                    new CancellationToken());
            double[] p0 = log.numbers("true_p_control");
            double[] u20 = log.numbers("true_uplift_coupon_20");
            double[] recency = log.numbers("recency_days");
            double[] orders = log.numbers("history_orders");
            double truth = 0;
            for (int i = 0; i < p0.length; i++) {
                boolean granted = recency[i] > 90 || orders[i] <= 1;
                truth += (p0[i] + (granted ? u20[i] : 0)) / p0.length;
            }
            OffPolicyEstimate dr = f.ope().estimates().dr();
            System.out.printf("planted value %.4f; DR %.4f [%.4f, %.4f]; uplift forecast %s%n", truth,
                    dr.estimate(), dr.ciLow(), dr.ciHigh(), f.forecast().incrementalConversions());
            assertThat(dr.covers(truth)).as("DR %s covers %s", dr, truth).isTrue();
        }
    }
}
