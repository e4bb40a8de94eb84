package io.campaignlab.app.bench;

import picocli.CommandLine.Option;

/** How long each stage warms up and is measured. */
final class DecideStageOptions {
    @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds per stage (default:"
            + " ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up seconds before each stage's measurement"
            + " (default: ${DEFAULT-VALUE}).")
    double warmup;
}
