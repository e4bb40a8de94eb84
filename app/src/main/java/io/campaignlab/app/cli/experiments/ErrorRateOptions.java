package io.campaignlab.app.cli.experiments;

import picocli.CommandLine.Option;

/** The test's two error rates: its level and its power. */
final class ErrorRateOptions {
    @Option(names = "--alpha", defaultValue = "0.05", description = "Two-sided level (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--power", defaultValue = "0.8", description = "Power (default ${DEFAULT-VALUE}).")
    double power;
}
