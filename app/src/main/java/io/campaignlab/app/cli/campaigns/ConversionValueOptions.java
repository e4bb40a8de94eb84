package io.campaignlab.app.cli.campaigns;

import picocli.CommandLine.Option;

/** What a conversion is worth: its order value and the margin kept of it. */
final class ConversionValueOptions {
    @Option(names = "--order-value", paramLabel = "MONEY", description = "The value of a conversion (default: the"
            + " mean revenue of the run dataset's converting control units).")
    Double orderValue;

    @Option(names = "--margin-rate", defaultValue = "0.4", description = "Gross margin as a share of an order's value"
            + " (default ${DEFAULT-VALUE}).")
    double marginRate;
}
