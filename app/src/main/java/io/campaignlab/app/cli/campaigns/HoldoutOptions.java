package io.campaignlab.app.cli.campaigns;

import picocli.CommandLine.Option;

/** The users the campaign keeps out: a control share, and the users of campaigns of its group. */
final class HoldoutOptions {
    @Option(names = "--holdout", paramLabel = "SHARE", description = "The share kept out as a control group, 0 to"
            + " 0.5.")
    Double share;
    @Option(names = "--exclusion-group", paramLabel = "GROUP", description = "Campaigns of one group never both"
            + " serve a user.")
    String exclusionGroup;
}
