package io.campaignlab.app.cli.explain;

import picocli.CommandLine.Option;

/** How the permutation importance is measured. */
final class ImportanceOptions {
    @Option(names = "--rows", defaultValue = "20000", description = "Validation rows for permutation importance (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--repeats", defaultValue = "5", description = "Permutations per field (default ${DEFAULT-VALUE}).")
    int repeats;
}
