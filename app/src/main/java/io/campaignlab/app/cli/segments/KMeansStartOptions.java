package io.campaignlab.app.cli.segments;

import picocli.CommandLine.Option;

/** The k-means++ starts: their seed and how many per k. */
final class KMeansStartOptions {
    @Option(names = "--seed", description = "Seed of the k-means++ starts and the silhouette sample (default:"
            + " ${DEFAULT-VALUE}).", defaultValue = "42")
    long seed;

    @Option(names = "--restarts", description = "Starts per k; the lowest inertia wins (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    int restarts;
}
