package io.campaignlab.app.bench;

import picocli.CommandLine.Option;

/** What each decide request asks. */
final class DecideRequestOptions {
    @Option(names = "--creatives", defaultValue = "20", description = "Creatives ranked per request (default:"
            + " ${DEFAULT-VALUE}).")
    int creatives;

    @Option(names = "--cold-share", defaultValue = "0.02", description = "Share of requests from users without"
            + " stored features (default: ${DEFAULT-VALUE}).")
    double coldShare;
}
