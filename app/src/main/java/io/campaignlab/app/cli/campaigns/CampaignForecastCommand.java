package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.command.DeviceOption;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.command.SeedOption;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.forecast.BudgetPoint;
import io.campaignlab.engine.campaigns.forecast.CampaignForecastJob;
import io.campaignlab.engine.campaigns.forecast.CampaignForecastReport;
import io.campaignlab.engine.campaigns.forecast.ForecastOptions;
import io.campaignlab.engine.campaigns.forecast.Interval;
import io.campaignlab.engine.campaigns.forecast.OfferForecast;
import io.campaignlab.engine.campaigns.forecast.ReadoutPrediction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code campaign-lab campaign forecast NAME [--uplift-run M]}: the forecast of a stored campaign on its audience. */
@Command(name = "forecast", description = "Forecast a campaign's offers on its audience, served as its policy would"
        + " serve them: reach, incremental conversions, revenue and margin with 95%% intervals, cost and ROI, per"
        + " offer and in total, the budget curve's marks (spend: grant costs, as the budget counts them), and the"
        + " rate difference an A/B readout of its decisions should measure, with a 95%% prediction interval. An offer"
        + " without a model is named with the reason.")
public final class CampaignForecastCommand extends NamedCampaignCommand {

    @Mixin
    OfferRunOptions runs;

    @Mixin
    ReplicateOptions replicates;

    @Option(names = "--readout-users", paramLabel = "N", description = "Users the A/B readout will hold, both arms"
            + " (default: the scored audience).")
    Integer readoutUsers;

    @Mixin
    ConversionValueOptions value;

    @Mixin
    SeedOption seed;

    @Mixin
    DeviceOption device;

    @Override
    protected int campaign(WorkspaceServices services, Output output) throws Exception {
        ForecastOptions options = new ForecastOptions(runs.upliftRun, replicates.modelReplicates,
                replicates.replicates, readoutUsers, value.orderValue, value.marginRate, seed.seed(), device.device(),
                runs.offerRuns, runs.prices());
        CampaignForecastReport r = runJob(services, new CampaignForecastJob(services, services.campaigns(),
                services.campaignAudience(), name, options));
        if (json()) {
            output.json(r);
            return 0;
        }
        output.line("Campaign '%s', offers forecast %s, scored by %s on %s", r.campaign(), r.offer(),
                String.join(", ", r.offers().stream().filter(o -> o.notForecast() == null).map(o -> o.upliftRun()
                        != null ? o.offer() + " = uplift run " + o.upliftRun() : o.offer() + " = response runs "
                        + o.responseRuns()).toList()), r.dataset());
        output.line("Audience %s users (%s scored); reach %s (holdout %.0f%%%s)", Output.count(r.audience()),
                Output.count(r.scored()), Output.count(r.reach()), 100 * r.holdoutShare(),
                r.grantsAffordable() == null ? "" : ", budget pays " + Output.count(r.grantsAffordable()) + " grants");
        output.line("%-28s %12s %24s", "EXPECTED (95% interval)", "ESTIMATE", "INTERVAL");
        line(output, "incremental conversions", r.incrementalConversions());
        line(output, "incremental revenue", r.incrementalRevenue());
        line(output, "incremental margin", r.incrementalMargin());
        line(output, "cost", r.cost());
        line(output, "ROI (margin / cost)", r.roi());
        line(output, "incremental rate per user", r.incrementalRatePerReachedUser());
        output.line("Expected budget spend (grant costs) %.2f", r.budgetSpend());
        for (OfferForecast o : r.offers()) {
            output.line("Offer %s (%s): eligible share %.3f, reach %.0f, budget spend %.2f%s", o.offer(), o.kind(),
                    o.eligibleShare(), o.reach(), o.budgetSpend(), o.notForecast() != null
                            ? "; not forecast: " + o.notForecast()
                            : String.format(java.util.Locale.ROOT, "; incremental conversions %.1f [%.1f, %.1f],"
                                    + " margin %.2f, cost %.2f, ROI %.2f%s", o.incrementalConversions().estimate(),
                            o.incrementalConversions().ciLow(), o.incrementalConversions().ciHigh(),
                            o.incrementalMargin().estimate(), o.cost().estimate(), o.roi().estimate(),
                            o.meanDiscountPct() == null ? "" : String.format(java.util.Locale.ROOT, ", mean discount"
                                    + " %.2f %%", o.meanDiscountPct())));
        }
        ReadoutPrediction p = r.readout();
        output.line("A/B readout at %s treated / %s holdout: rate difference %.4f, 95%% prediction interval"
                        + " [%.4f, %.4f] (model sd %.4f, binomial sd %.4f; holdout rate %.4f)",
                Output.count(p.treated()), Output.count(p.holdout()), p.difference().estimate(),
                p.difference().ciLow(), p.difference().ciHigh(), p.modelSd(), p.samplingSd(), p.holdoutRate());
        point(output, "Budget mark", r.budgetMark());
        point(output, "Marginal ROI falls below 1 after", r.breakEven());
        output.line("Intervals: %s", r.uncertainty());
        r.notes().forEach(n -> output.line("Note: %s", n));
        return 0;
    }

    private static void line(Output output, String label, Interval i) {
        output.line("%-28s %12.4f %24s", label, i.estimate(), String.format(java.util.Locale.ROOT, "[%.4f, %.4f]",
                i.ciLow(), i.ciHigh()));
    }

    private static void point(Output output, String label, BudgetPoint p) {
        output.line("%s: %s users, budget spend %.2f (expected cost %.2f), incremental conversions %.1f, margin %.2f",
                label, Output.count(p.users()), p.spend(), p.cost(), p.incrementalConversions(),
                p.incrementalMargin());
    }
}
