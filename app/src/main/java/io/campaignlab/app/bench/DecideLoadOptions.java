package io.campaignlab.app.bench;

import picocli.CommandLine.Option;

/** The open-loop generator and the p99 a sustainable rate keeps. */
final class DecideLoadOptions {
    @Option(names = "--connections", defaultValue = "32", description = "Keep-alive connections of the open-loop"
            + " generator (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--p99-bound-ms", defaultValue = "10", description = "The p99 a sustainable rate must keep, in"
            + " ms (default: ${DEFAULT-VALUE}).")
    double p99Bound;
}
