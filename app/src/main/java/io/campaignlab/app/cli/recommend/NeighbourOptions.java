package io.campaignlab.app.cli.recommend;

import picocli.CommandLine.Option;

/** Item-kNN's neighbourhoods. */
final class NeighbourOptions {
    @Option(names = "--neighbours", description = "Item-kNN neighbours per item (default 100; searched unless given).")
    Integer neighbours;

    @Option(names = "--shrinkage", description = "Item-kNN cosine shrinkage (default 10; searched unless given).")
    Double shrinkage;
}
