package io.campaignlab.app.bench;

import picocli.CommandLine.Option;

/** The synthetic feedback matrix: how many cells, users and items. */
final class AlsFeedbackOptions {
    @Option(names = "--interactions", defaultValue = "1000000", description = "Interactions drawn (default ${DEFAULT-VALUE}).")
    int interactions;

    @Option(names = "--users", defaultValue = "100000", description = "Users (default ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--items", defaultValue = "20000", description = "Items (default ${DEFAULT-VALUE}).")
    int items;
}
