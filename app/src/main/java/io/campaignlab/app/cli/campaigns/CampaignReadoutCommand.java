package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.cli.experiments.AbJson;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.readout.CampaignReadout;
import io.campaignlab.engine.experiments.Readable;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code campaign-lab campaign readout NAME}: the decisions log against the holdout, net of the offer's cost. */
@Command(name = "readout", description = "Read out a published campaign's decisions log as an A/B test: treated"
        + " against holdout on conversion and value per decision, then net of the offer's cost (per grant, per"
        + " conversion and the coupon's value), with the cost, the ROI and the readout in plain words, as the"
        + " campaign page's Readout tab shows it. Writes the log as the dataset decisions_NAME first.")
public final class CampaignReadoutCommand extends NamedCampaignCommand {

    @Override
    protected int campaign(WorkspaceServices services, Output output) throws Exception {
        CampaignReadout r = runJob(services, services.campaignReadout(name));
        if (json()) {
            output.json(new Json(r.campaign(), r.version(), r.dataset(), r.treated(), r.holdout(), r.cost(),
                    Double.isNaN(r.roi()) ? null : r.roi(), AbJson.of(r.readout(), r.net()), r.sentences()));
            return 0;
        }
        output.line("Campaign '%s' version %d, read from %s: %s treated, %s holdout decisions", r.campaign(),
                r.version(), r.dataset(), Output.count(r.treated()), Output.count(r.holdout()));
        output.line("Cost of the treated arm %s; ROI %s", Readable.amount(r.cost()), Double.isNaN(r.roi()) ? "n/a"
                : String.format(java.util.Locale.ROOT, "%+.0f%%", 100 * r.roi()));
        output.line("");
        output.line("In plain words:");
        for (String sentence : r.sentences()) {
            output.line("  %s", sentence);
        }
        return 0;
    }

    /** {@code campaign readout --json}. */
    record Json(String campaign, int version, String dataset, long treated, long holdout, double cost, Double roi,
                AbJson readout, List<String> sentences) {
    }
}
