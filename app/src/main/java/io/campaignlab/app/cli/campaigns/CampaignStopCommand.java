package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.CampaignRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code campaign-lab campaign stop NAME}. */
@Command(name = "stop", description = "End a published campaign: its serving version ends, and it can be neither"
        + " edited nor published again.")
public final class CampaignStopCommand extends CampaignWorkCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The campaign's name.")
    String name;

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
