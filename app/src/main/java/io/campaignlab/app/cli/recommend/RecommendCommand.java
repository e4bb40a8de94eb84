package io.campaignlab.app.cli.recommend;

import io.campaignlab.app.command.CommandGroup;
import picocli.CommandLine.Command;

/** {@code campaign-lab recommend train|for}: implicit-feedback recommenders, evaluated by full ranking. */
@Command(name = "recommend", description = "Train and evaluate recommenders on an events dataset; recommend for a user.",
        subcommands = {RecommendTrainCommand.class, RecommendForCommand.class})
public final class RecommendCommand extends CommandGroup {
}
