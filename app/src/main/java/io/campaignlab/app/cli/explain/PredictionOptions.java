package io.campaignlab.app.cli.explain;

import picocli.CommandLine.Option;

/** The one prediction explained instead, and the change a what-if makes to it. */
final class PredictionOptions {
    @Option(names = "--row", paramLabel = "ID", description = "Explain the prediction of this _row id of the run's dataset.")
    Long row;

    @Option(names = "--user", paramLabel = "USER", description = "Explain the prediction of this user's latest row"
            + " (by the dataset's timestamp) instead of a _row id.")
    String user;

    @Option(names = "--what-if", paramLabel = "COLUMN=VALUE", description = "With --row or --user: the prediction"
            + " again with one column changed.")
    String whatIf;
}
