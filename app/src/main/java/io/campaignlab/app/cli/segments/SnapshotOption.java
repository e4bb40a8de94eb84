package io.campaignlab.app.cli.segments;

import picocli.CommandLine.Option;

import java.time.LocalDate;

/** {@code --snapshot DATE}: the day RFM and k-means measure recency to; later rows are left out. */
final class SnapshotOption {

    @Option(names = "--snapshot", paramLabel = "DATE", description = "Measure recency to this day (YYYY-MM-DD);"
            + " later rows are left out (default: the day after the last row).")
    String snapshot;

    /** The day, or null for the day after the last row. */
    LocalDate day() {
        return SegmentReports.date(snapshot);
    }
}
