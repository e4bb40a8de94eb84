package io.campaignlab.app.cli.experiments;

import picocli.CommandLine.Option;

/** What treatment costs, to read the test net of cost. */
final class CostOptions {
    @Option(names = "--cost-per-unit", paramLabel = "MONEY", description = "What treating one unit costs (a mailing,"
            + " a banner), to read the test net of cost and show the ROI. Control costs nothing.")
    Double costPerUnit;

    @Option(names = "--cost-per-conversion", paramLabel = "MONEY", description = "What each treated conversion costs"
            + " (a coupon redeemed).")
    Double costPerConversion;
}
