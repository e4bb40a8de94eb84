package io.campaignlab.app.cli.segments;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.segments.rfm.RfmJob;
import io.campaignlab.engine.segments.rfm.RfmRequest;
import io.campaignlab.engine.segments.rfm.RfmSegment;
import io.campaignlab.engine.segments.rfm.RfmSegmentation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.util.List;

/** {@code campaign-lab segment rfm --dataset D [--snapshot DATE] [--order COLUMN]} */
@Command(name = "rfm", description = "Score recency, frequency and monetary value by quintile and name the"
        + " segments (Champions … Lost) on the R × F grid; print the cleaning counts, segments and profiles.")
public final class RfmCommand extends WorkspaceCommand {

    @Option(names = "--dataset", required = true, paramLabel = "DATASET",
            description = "An events or transactions dataset with user_id, timestamp and price or revenue roles.")
    String dataset;

    @Mixin
    SnapshotOption snapshot;

    @Option(names = "--order", paramLabel = "COLUMN", description = "The order or invoice column (default: one"
            + " named like InvoiceNo or order_id; else purchase events or distinct timestamps).")
    String order;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        RfmSegmentation result = runJob(services, new RfmJob(SegmentReports.ports(services), new RfmRequest(dataset,
                snapshot.day(), order)));
        if (options.json()) {
            output.json(result);
            return 0;
        }
        output.line("RFM segments of '%s' as of %s, stored as segmentation %d.", result.dataset(),
                result.snapshot(), result.segmentationId());
        SegmentReports.printCleaning(output, result.cleaning());
        output.line("");
        output.line("Scores are quintiles of percent rank (where ties would leave a score empty, the cut points move to the tie boundaries); R 5 = most recent.");
        for (String dimension : List.of("recency", "frequency", "monetary")) {
            output.line("  %-10s %s", dimension, SegmentReports.ranges(result.scores(), dimension));
        }
        result.explanations().forEach(line -> output.line("%s", line));
        output.line("");
        output.line("%-20s %-16s %10s %7s", "SEGMENT", "RULE", "CUSTOMERS", "SHARE");
        for (RfmSegment s : result.segments()) {
            output.line("%-20s %-16s %10s %6.1f%%", s.name(), s.rule(), Output.count(s.customers()),
                    100 * s.share());
        }
        SegmentReports.printProfiles(output, result.profiles());
        return 0;
    }
}
