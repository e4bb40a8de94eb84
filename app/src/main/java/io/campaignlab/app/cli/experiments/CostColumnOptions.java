package io.campaignlab.app.cli.experiments;

import picocli.CommandLine.Option;

/** The columns a cost is read against: revenue, and conversions for a cost per conversion. */
final class CostColumnOptions {
    @Option(names = "--revenue", paramLabel = "COL", description = "With a cost: the revenue column (default: the"
            + " dataset's column with the revenue role).")
    String revenue;

    @Option(names = "--conversion", paramLabel = "COL", description = "With a cost per conversion: the 0/1 conversion"
            + " column (default: the dataset's column with the label role).")
    String conversion;
}
