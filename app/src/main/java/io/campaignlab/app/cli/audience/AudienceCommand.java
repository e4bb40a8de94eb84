package io.campaignlab.app.cli.audience;

import io.campaignlab.app.command.CommandGroup;
import picocli.CommandLine.Command;

/** {@code campaign-lab audience export}. */
@Command(name = "audience", description = "Take an audience out of the workspace as a CSV of user ids.",
        subcommands = {AudienceExportCommand.class})
public final class AudienceCommand extends CommandGroup {
}
