package io.campaignlab.views.campaigns.forecast;

import io.campaignlab.engine.campaigns.forecast.OfferTerms;
import io.campaignlab.engine.campaigns.forecast.TargetingSpec;
import io.campaignlab.engine.campaigns.forecast.TargetingStudy;
import io.campaignlab.engine.campaigns.ope.CrossFitter;
import io.campaignlab.engine.campaigns.ope.OpeJob;
import io.campaignlab.engine.campaigns.ope.OpeResult;
import io.campaignlab.engine.campaigns.ope.OpeSpec;
import io.campaignlab.engine.campaigns.ope.PolicyJson;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forecast panel on the engine's existing pieces: {@link TargetingStudy} on a simulated audience (the uplift
 * strategy's forecast, the budget curve of the held-out users and the four strategies on one budget, counted with
 * the planted truth), and {@link OpeJob} on the workspace's {@code campaign_exposures} test (propensities 1/3 by
 * design) for a decision-list policy. The campaign's own design is not read: a job that forecasts the stored
 * campaign replaces this adapter.
 */
public final class StudyForecastSource implements ForecastSource {

    /** The logged test the off-policy evaluation reads. */
    public static final String EXPOSURES = "campaign_exposures";
    /** Coupon_20 to lapsed or low-history shoppers: the policy the engine's OPE coverage check evaluates. */
    public static final String DEFAULT_POLICY = "{\"rules\": [{\"when\": \"recency_days > 90\", \"arm\": \"coupon_20\"},"
            + " {\"when\": \"history_orders <= 1\", \"arm\": \"coupon_20\"}], \"default\": \"control\"}";
    public static final String DEFAULT_POLICY_NAME = "coupon_20 if recency_days > 90 or history_orders ≤ 1";

    private final TargetingSpec study;
    private final String policy;
    private final String policyName;

    /** @param policy a decision list as JSON (see {@code ope --help}) */
    public StudyForecastSource(TargetingSpec study, String policy, String policyName) {
        this.study = study;
        this.policy = policy;
        this.policyName = policyName;
        PolicyJson.parse(policy);
    }

    /**
     * 20,000 simulated users (seed 42), coupon_20 on the default terms and budget, 10 uplift refits for the
     * forecast's interval (as {@code bench targeting}), the default policy.
     */
    public static StudyForecastSource defaults() {
        return new StudyForecastSource(new TargetingSpec(20_000, 1, 42, "coupon_20", OfferTerms.defaults(), 0, 10),
                DEFAULT_POLICY, DEFAULT_POLICY_NAME);
    }

    @Override
    public Job<ForecastFigures> forecast(WorkspaceContext workspace, String campaign) {
        return Job.of("forecast", "Forecast of " + campaign,
                (progress, cancel) -> figures(workspace, campaign, progress, cancel));
    }

    private ForecastFigures figures(WorkspaceContext workspace, String campaign, ProgressListener progress,
                                    CancellationToken cancel) {
        progress.message(String.format(Locale.ROOT, "Simulating %,d users and fitting the targeting models",
                study.users()));
        progress.progress(0, 2);
        TargetingStudy.Study s = TargetingStudy.study(study, cancel);
        progress.progress(1, 2);
        cancel.throwIfCancelled();
        OpeFigures ope = null;
        String missing = null;
        if (workspace.datasets().findByName(EXPOSURES).isEmpty()) {
            missing = "No " + EXPOSURES + " dataset in this workspace: simulate one (Data › Simulate) to evaluate"
                    + " the policy off-line.";
        } else {
            progress.message("Evaluating the policy off-line on " + EXPOSURES);
            OpeSpec spec = new OpeSpec(EXPOSURES, "group", "converted", PolicyJson.parse(policy), policyName, null,
                    Map.of(), List.of(), CrossFitter.DEFAULT_FOLDS, study.seed());
            OpeResult r = new OpeJob(workspace, spec).run(ProgressListener.none(), cancel);
            ope = new OpeFigures(policyName, EXPOSURES, r.units(), r.loggedMean(), r.estimates());
        }
        progress.progress(2, 2);
        var report = s.report();
        String source = String.format(Locale.ROOT, "Simulated audience: %,d users (seed %d), %s granted to the %,d"
                        + " held-out users with the highest predicted uplift within the budget; %s.", report.users(),
                report.seed(), report.arm(), report.heldOut(), report.upliftForecast().uncertainty());
        return new ForecastFigures(campaign, source, report.upliftForecast(), Arrays.asList(s.curve().points()),
                report.atBudget().spend(), report.atBudget(), report.breakEven(), report.outcomes(), ope,
                missing);
    }
}
