package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.cli.experiments.AbJson;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.forecast.Interval;
import io.campaignlab.engine.campaigns.readout.CampaignReadout;
import io.campaignlab.engine.campaigns.readout.OfferReadout;
import io.campaignlab.engine.experiments.Readable;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code campaign-lab campaign readout NAME}: the decisions log against the holdout, net of the offers' cost. */
@Command(name = "readout", description = "Read out a published campaign's decisions log as an A/B test: treated"
        + " against holdout on conversion and value per decision, then net of what the offers cost (per grant, per"
        + " conversion, a coupon's value, a dynamic discount's discount), with the cost, the ROI and the readout in"
        + " plain words, and every offer served priced against the holdout (its cost, incremental conversions and"
        + " revenue net of cost with 95%% intervals) beside the total, as the campaign page's Readout tab shows it."
        + " Writes the log as the dataset decisions_NAME first.")
public final class CampaignReadoutCommand extends NamedCampaignCommand {

    @Override
    protected int campaign(WorkspaceServices services, Output output) throws Exception {
        CampaignReadout r = runJob(services, services.campaignReadout(name));
        if (json()) {
            output.json(new Json(r.campaign(), r.version(), r.dataset(), r.treated(), r.holdout(), r.cost(),
                    Double.isNaN(r.roi()) ? null : r.roi(), AbJson.of(r.readout(), r.net()), r.sentences(),
                    r.offers()));
            return 0;
        }
        output.line("Campaign '%s' version %d, read from %s: %s treated, %s holdout decisions", r.campaign(),
                r.version(), r.dataset(), Output.count(r.treated()), Output.count(r.holdout()));
        output.line("Cost of the treated arm %s; ROI %s", Readable.amount(r.cost()), Double.isNaN(r.roi()) ? "n/a"
                : String.format(java.util.Locale.ROOT, "%+.0f%%", 100 * r.roi()));
        output.line("%-24s %9s %8s %11s %10s %30s %32s %7s", "OFFER", "DECISIONS", "CONV", "REVENUE", "COST",
                "INCR. CONVERSIONS (95% CI)", "REVENUE NET OF COST (95% CI)", "ROI");
        for (OfferReadout o : r.offers()) {
            output.line("%-24s %9s %8s %11s %10s %30s %32s %7s", o.offer(), Output.count(o.decisions()),
                    Output.count(o.conversions()), Readable.amount(o.revenue()), Readable.amount(o.cost()),
                    interval(o.incrementalConversions(), "%.1f"), interval(o.netRevenue(), "%.2f"),
                    o.roi() == null ? "n/a" : String.format(java.util.Locale.ROOT, "%+.0f%%", 100 * o.roi()));
        }
        output.line("An offer's row compares the users given it with the whole holdout; the total is the randomized"
                + " comparison.");
        output.line("");
        output.line("In plain words:");
        for (String sentence : r.sentences()) {
            output.line("  %s", sentence);
        }
        return 0;
    }

    private static String interval(Interval i, String format) {
        return String.format(java.util.Locale.ROOT, format + " [" + format + ", " + format + "]", i.estimate(),
                i.ciLow(), i.ciHigh());
    }

    /** {@code campaign readout --json}. */
    record Json(String campaign, int version, String dataset, long treated, long holdout, double cost, Double roi,
                AbJson readout, List<String> sentences, List<OfferReadout> offers) {
    }
}
