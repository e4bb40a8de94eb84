package io.campaignlab.app.cli.campaigns;

import picocli.CommandLine.Parameters;

/** A campaign subcommand that works on one stored campaign, named by its first parameter. */
abstract class NamedCampaignCommand extends CampaignWorkCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The campaign's name.")
    protected String name;
}
