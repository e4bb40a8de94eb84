package io.campaignlab.app.cli.audience;

import picocli.CommandLine.Option;

/** How much of a run's users the audience keeps, and from which of its scored datasets. */
final class CutOptions {
    @Option(names = "--min", paramLabel = "X", description = "With --score-run: the least mean score kept.")
    Double min;

    @Option(names = "--top", paramLabel = "K", description = "With --uplift-run: how many users, highest uplift"
            + " first.")
    Integer top;

    @Option(names = "--scored", paramLabel = "DATASET", description = "With a run that scored several datasets:"
            + " which one.")
    String scored;
}
