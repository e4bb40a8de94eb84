package io.campaignlab.app.cli.segments;

import io.campaignlab.app.command.CommandGroup;
import picocli.CommandLine.Command;

/** {@code campaign-lab segment rfm|kmeans|rules --dataset D …}: segment customers and store the segments. */
@Command(name = "segment", description = "Segment the customers of an events or transactions dataset (RFM, k-means"
        + " or rules) and store the segments with their members.", subcommands = {RfmCommand.class,
        KMeansCommand.class, RulesCommand.class})
public final class SegmentCommand extends CommandGroup {
}
