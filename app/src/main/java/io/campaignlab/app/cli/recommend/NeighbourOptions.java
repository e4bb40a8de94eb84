package io.campaignlab.app.cli.recommend;

import picocli.CommandLine.Option;

/** Item-kNN's neighbourhoods. */
final class NeighbourOptions {
    @Option(names = "--neighbours", defaultValue = "100", description = "Item-kNN neighbours per item (default ${DEFAULT-VALUE}).")
    int neighbours;

    @Option(names = "--shrinkage", defaultValue = "10", description = "Item-kNN cosine shrinkage (default ${DEFAULT-VALUE}).")
    double shrinkage;
}
