package io.campaignlab.app.cli.campaigns;

import picocli.CommandLine.Option;

/** What the campaign may spend, in money and in offers per user. */
final class LimitOptions {
    @Option(names = "--budget", paramLabel = "MONEY", description = "The most the granted offers may cost in all.")
    Double budget;
    @Option(names = "--cap", paramLabel = "N/PERIOD", description = "At most N offers per user per day or week,"
            + " e.g. 2/week.")
    String cap;
}
