package io.campaignlab.app.bench;

import picocli.CommandLine.Option;

/** The simulated events swept on: users, days and the simulator's seed. */
final class SweepSimulationOptions {
    @Option(names = "--users", defaultValue = "4000", description = "Simulated users (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--days", defaultValue = "30", description = "Simulated days (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "42", description = "Simulator seed (default: ${DEFAULT-VALUE}, the"
            + " seed the defaults were chosen on).")
    long seed;
}
