package io.campaignlab.views.campaigns.forecast;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignWorkspace;
import io.campaignlab.engine.campaigns.forecast.CampaignForecast;
import io.campaignlab.engine.campaigns.forecast.CampaignForecastJob;
import io.campaignlab.engine.campaigns.forecast.CampaignForecastReport;
import io.campaignlab.engine.campaigns.forecast.ForecastOptions;
import io.campaignlab.engine.campaigns.ope.CampaignPolicy;
import io.campaignlab.engine.campaigns.ope.CrossFitter;
import io.campaignlab.engine.campaigns.ope.OpeJob;
import io.campaignlab.engine.campaigns.ope.OpeResult;
import io.campaignlab.engine.campaigns.ope.OpeSpec;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.runs.RunStatus;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The campaign's own forecast: {@link CampaignForecastJob} on its audience and uplift run (its figures, budget curve,
 * budget mark and break-even point), the off-policy estimate of its own greedy policy ({@link CampaignPolicy}, before
 * launch: no posteriors yet, so tied offers split evenly) on {@code campaign_exposures}, and the targeting comparison
 * of the simulator study beside them (it needs the planted truth, which only the simulator has). When the campaign
 * cannot be forecast (no coupon, no uplift run), the study's figures are shown and the reason is given. Without an
 * uplift run named by the campaign, the workspace's newest completed uplift run scores the audience.
 */
public final class CampaignForecastSource implements ForecastSource {

    private final StudyForecastSource study;
    private final ForecastOptions options;

    public CampaignForecastSource(StudyForecastSource study, ForecastOptions options) {
        this.study = study;
        this.options = options;
    }

    /** The study's defaults beside the campaign's forecast with the command line's defaults. */
    public static CampaignForecastSource defaults() {
        return new CampaignForecastSource(StudyForecastSource.defaults(), ForecastOptions.defaults());
    }

    @Override
    public Job<ForecastFigures> forecast(WorkspaceContext workspace, String campaign) {
        Job<ForecastFigures> base = study.forecast(workspace, campaign);
        return Job.of("forecast", "Forecast of " + campaign,
                (progress, cancel) -> figures(workspace, campaign, base.run(progress, cancel), progress, cancel));
    }

    private ForecastFigures figures(WorkspaceContext workspace, String campaign, ForecastFigures simulated,
                                    ProgressListener progress, CancellationToken cancel) {
        if (!(workspace instanceof CampaignWorkspace campaigns)) {
            return simulated;
        }
        progress.message("Forecasting " + campaign + " on its audience");
        CampaignForecastReport r;
        try {
            r = CampaignForecastJob.run(workspace, campaigns.campaigns(), campaigns.campaignAudience(), campaign,
                    withUpliftRun(workspace, campaigns, campaign), ProgressListener.none(), cancel);
        } catch (IllegalArgumentException | IllegalStateException | java.util.NoSuchElementException e) {
            return new ForecastFigures(campaign, "This campaign cannot be forecast on its audience ("
                    + e.getMessage() + "). " + simulated.source(), simulated.forecast(), simulated.curve(),
                    simulated.budget(), simulated.atBudget(), simulated.breakEven(), simulated.targeting(),
                    simulated.ope(), simulated.opeMissing());
        }
        return own(workspace, campaigns, r, simulated, cancel);
    }

    /**
     * The options, with the workspace's newest completed uplift run when neither they nor the campaign's audience
     * (its {@code uplift:runM} condition) name one; the source line names the run used.
     */
    private ForecastOptions withUpliftRun(WorkspaceContext workspace, CampaignWorkspace campaigns, String campaign) {
        String rule = campaigns.campaigns().require(campaign).current().audience().rule();
        if (options.upliftRun() != null || (rule != null && rule.contains("uplift:run"))) {
            return options;
        }
        return workspace.runs().list().stream()
                .filter(r -> r.status() == RunStatus.COMPLETED && r.spec().modelKind().startsWith("uplift-"))
                .mapToLong(RunRecord::id).max().stream().boxed().findFirst()
                .map(options::withUpliftRun).orElse(options);
    }

    private ForecastFigures own(WorkspaceContext workspace, CampaignWorkspace campaigns, CampaignForecastReport r,
                                ForecastFigures simulated, CancellationToken cancel) {
        CampaignForecast f = new CampaignForecast((int) Math.min(Integer.MAX_VALUE, r.reach()),
                r.incrementalConversions(), r.incrementalRevenue(), r.incrementalMargin(), r.cost(), r.roi(),
                r.uncertainty());
        String unmodelled = String.join(", ", r.offers().stream().filter(o -> o.notForecast() != null)
                .map(o -> o.offer() + " (" + o.kind() + ")").toList());
        String runs = String.join(", ", r.offers().stream().filter(o -> o.notForecast() == null)
                .map(o -> o.upliftRun() != null ? "uplift run " + o.upliftRun() : "response runs " + o.responseRuns())
                .toList());
        String source = String.format(Locale.ROOT, "This campaign: %s on its audience of %,d users (%,d scored by"
                        + " %s), reach %,d.%s Targeting comparison: %s", r.offer(), r.audience(), r.scored(),
                runs, r.reach(), unmodelled.isEmpty() ? "" : " Not forecast (no model): " + unmodelled + ".",
                simulated.source());
        Campaign design = campaigns.campaigns().require(r.campaign()).current();
        OpeFigures ope = simulated.ope();
        String opeMissing = simulated.opeMissing();
        if (ope != null) {
            try {
                String name = "campaign " + r.campaign() + " (greedy, before launch)";
                OpeSpec spec = new OpeSpec(ope.dataset(), "group", "converted",
                        CampaignPolicy.of(design, Map.of(), "control"), name, null, Map.of(), List.of(),
                        CrossFitter.DEFAULT_FOLDS, 42);
                OpeResult result = new OpeJob(workspace, spec).run(ProgressListener.none(), cancel);
                ope = new OpeFigures(name, ope.dataset(), result.units(), result.loggedMean(), result.estimates());
            } catch (IllegalArgumentException e) {
                opeMissing = "The campaign's policy cannot be evaluated on " + ope.dataset() + " (" + e.getMessage()
                        + "); shown: " + ope.policy() + ".";
            }
        }
        Double planned = design.constraintsOrNone().budget();
        List<io.campaignlab.engine.campaigns.forecast.BudgetPoint> curve = r.budgetCurve();
        double budget = planned != null ? planned : curve.get(curve.size() - 1).spend();
        return new ForecastFigures(r.campaign(), source, f, curve, budget, r.budgetMark(), r.breakEven(),
                simulated.targeting(), ope, opeMissing, r.offers());
    }
}
