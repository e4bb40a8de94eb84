package io.campaignlab.app.cli.campaigns;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** Who the audience leaves out. */
final class ExclusionOptions {
    @Option(names = "--exclude-segment", paramLabel = "ID", description = "Leave out a segment's members;"
            + " repeatable.")
    List<Long> segments = new ArrayList<>();
    @Option(names = "--exclude-campaign", paramLabel = "NAME", description = "Leave out another campaign's"
            + " audience; repeatable.")
    List<String> campaigns = new ArrayList<>();
}
