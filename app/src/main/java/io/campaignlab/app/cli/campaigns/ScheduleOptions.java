package io.campaignlab.app.cli.campaigns;

import picocli.CommandLine.Option;

/** The days the campaign serves. */
final class ScheduleOptions {
    @Option(names = "--start", paramLabel = "DAY", description = "The first day it serves (YYYY-MM-DD).")
    String start;
    @Option(names = "--end", paramLabel = "DAY", description = "The last day it serves (YYYY-MM-DD).")
    String end;
}
