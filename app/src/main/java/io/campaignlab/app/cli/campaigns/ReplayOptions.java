package io.campaignlab.app.cli.campaigns;

import picocli.CommandLine.Option;

/** The simulated users a drive replays: how many, and the seed of their draw and planted outcomes. */
final class ReplayOptions {
    @Option(names = "--users", required = true, paramLabel = "K", description = "Simulated users to replay.")
    int users;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the users drawn and of their planted"
            + " outcomes; the service's own policy seed too when the command starts it (default ${DEFAULT-VALUE}).")
    long seed;
}
