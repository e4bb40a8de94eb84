package io.campaignlab.app.cli.recommend;

import picocli.CommandLine.Option;

/** Which events are held out for the test. */
final class SplitOptions {
    @Option(names = "--protocol", defaultValue = "leave-last-out", description = "leave-last-out or chronological"
            + " (default ${DEFAULT-VALUE}); gru4rec always uses session-next-item, cdr cold-start.")
    String protocol;

    @Option(names = "--target", defaultValue = "purchase", description = "Held-out events: purchase or interaction (default ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--cut", defaultValue = "0.8", description = "Chronological: share of events before the cut (default ${DEFAULT-VALUE}).")
    double cut;
}
