package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.command.CommandGroup;
import picocli.CommandLine.Command;

/** {@code campaign-lab campaign create|list|show|export|import|publish|stop|forecast|drive|log-dataset}. */
@Command(name = "campaign", description = "Design, version and publish campaigns: a draft is edited, publish freezes"
        + " it as the next version, stop ends the campaign.", subcommands = {CampaignCreateCommand.class,
        CampaignListCommand.class, CampaignShowCommand.class, CampaignExportCommand.class,
        CampaignImportCommand.class, CampaignPublishCommand.class, CampaignStopCommand.class,
        CampaignForecastCommand.class, CampaignDriveCommand.class, CampaignLogDatasetCommand.class,
        CampaignReadoutCommand.class},
        footer = {"", "A campaign file is JSON: campaign-lab campaign export NAME --out FILE writes one to start"
                + " from."})
public final class CampaignCommand extends CommandGroup {
}
