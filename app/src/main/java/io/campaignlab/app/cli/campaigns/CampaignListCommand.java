package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.CampaignRecord;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code campaign-lab campaign list}. */
@Command(name = "list", description = "List the campaigns with their status, latest version and whether a draft is"
        + " pending.")
public final class CampaignListCommand extends CampaignWorkCommand {

    @Override
    protected int campaign(WorkspaceServices services, Output output) {
        List<CampaignRecord> all = services.campaigns().list();
        if (json()) {
            output.json(new Listing(all.stream().map(CampaignViews.Summary::of).toList()));
            return 0;
        }
        if (all.isEmpty()) {
            output.line("No campaigns in %s yet. Try: campaign-lab campaign create --name NAME --segment ID"
                    + " --coupon-percent 10", services.folder());
            return 0;
        }
        output.line("%-28s %-10s %7s %-6s %-12s %s", "NAME", "STATUS", "VERSION", "DRAFT", "OBJECTIVE", "UPDATED");
        for (CampaignRecord r : all) {
            output.line("%-28s %-10s %7s %-6s %-12s %s", r.name(), r.status().id(),
                    r.version() == 0 ? "-" : String.valueOf(r.version()), r.hasDraft() ? "yes" : "no",
                    r.current().objective().id(), CampaignViews.day(r.updatedAt()));
        }
        return 0;
    }

    /** {@code campaign list --json}. */
    record Listing(List<CampaignViews.Summary> campaigns) {
    }
}
