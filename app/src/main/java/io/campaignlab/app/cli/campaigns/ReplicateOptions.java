package io.campaignlab.app.cli.campaigns;

import picocli.CommandLine.Option;

/** The forecast's bootstrap: refits of the uplift model, and resamples of the audience. */
final class ReplicateOptions {
    @Option(names = "--model-replicates", defaultValue = "20", paramLabel = "K", description = "Refits of the uplift"
            + " model on bootstrap resamples, for its uncertainty; 0 leaves it out (default ${DEFAULT-VALUE}).")
    int modelReplicates;

    @Option(names = "--replicates", defaultValue = "2000", paramLabel = "B", description = "Bootstrap replicates over"
            + " the audience's users (default ${DEFAULT-VALUE}).")
    int replicates;
}
