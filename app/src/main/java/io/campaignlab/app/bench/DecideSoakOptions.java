package io.campaignlab.app.bench;

import picocli.CommandLine.Option;

/** The optional soak at one rate, and whether the search stages run first. */
final class DecideSoakOptions {
    @Option(names = "--soak-minutes", defaultValue = "0", description = "Soak this many minutes after the search"
            + " (default: none).")
    double soakMinutes;

    @Option(names = "--rate", defaultValue = "0", description = "The soak's rate (default: half the highest"
            + " sustainable rate).")
    double rate;

    @Option(names = "--skip-search", description = "With --soak-minutes and --rate: soak only, without the"
            + " health, 500, 1000 and search stages.")
    boolean skipSearch;
}
