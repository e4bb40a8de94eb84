package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.CampaignRecord;
import picocli.CommandLine.Command;

/** {@code campaign-lab campaign stop NAME}. */
@Command(name = "stop", description = "End a published campaign: its serving version ends, and it can be neither"
        + " edited nor published again.")
public final class CampaignStopCommand extends NamedCampaignCommand {

    @Override
    protected int campaign(WorkspaceServices services, Output output) {
        CampaignRecord r = services.campaigns().stop(name);
        if (json()) {
            output.json(CampaignViews.Summary.of(r));
            return 0;
        }
        output.line("Stopped '%s' (version %d served last).", r.name(), r.version());
        return 0;
    }
}
