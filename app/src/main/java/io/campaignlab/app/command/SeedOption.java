package io.campaignlab.app.command;

import picocli.CommandLine.Option;

/**
 * {@code --seed}, where a command has one seed for all its randomness and nothing more to say about it. Commands
 * whose help says what the seed drives keep their own option.
 */
public final class SeedOption {

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    public long seed() {
        return seed;
    }
}
