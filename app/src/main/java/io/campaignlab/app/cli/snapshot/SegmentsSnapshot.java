package io.campaignlab.app.cli.snapshot;

import io.campaignlab.app.command.CliCommand;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.segments.rfm.RfmJob;
import io.campaignlab.engine.segments.rfm.RfmRequest;
import io.campaignlab.engine.segments.rfm.RfmSegmentation;
import io.campaignlab.engine.segments.customers.SegmentColumns;
import io.campaignlab.engine.segments.SegmentPorts;
import io.campaignlab.engine.segments.SegmentationRecord;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the segmentation the Segments snapshot shows: the one asked for, else the newest; when the workspace has
 * none, an RFM segmentation of its first segmentable dataset (events or transactions first) is computed and stored
 * here, before the view opens the workspace.
 */
public final class SegmentsSnapshot {

    /** The segmentation to show, and what had to be computed for it (null when nothing). */
    record Prepared(long segmentationId, String computed) {
    }

    private SegmentsSnapshot() {
    }

    static Prepared prepare(CliCommand command, Path workspace, Long asked) throws Exception {
        PrintWriter err = command.err();
        try (WorkspaceServices services = WorkspaceServices.open(workspace)) {
            if (asked != null) {
                services.segments().require(asked);
                return new Prepared(asked, null);
            }
            List<SegmentationRecord> stored = services.segments().list();
            if (!stored.isEmpty()) {
                return new Prepared(stored.get(0).id(), null);
            }
            DatasetInfo dataset = services.datasets().list().stream()
                    .filter(SegmentsSnapshot::segmentable)
                    .min(Comparator.comparingInt(d -> d.kind() == DatasetKind.EVENTS
                            || d.kind() == DatasetKind.TRANSACTIONS ? 0 : 1))
                    .orElseThrow(() -> new IllegalArgumentException("the workspace has no segmentation and no dataset"
                            + " with user_id, timestamp and price (or revenue) columns to compute one from"));
            err.printf("The workspace has no segmentation; computing RFM segments of %s first...%n", dataset.name());
            err.flush();
            RfmSegmentation result = command.runJob(services, new RfmJob(new SegmentPorts(services.datasets(),
                    services.frames(), services.segments()),
                    new RfmRequest(dataset.name(), null, null)));
            return new Prepared(result.segmentationId(), "RFM segmentation of " + dataset.name());
        }
    }

    private static boolean segmentable(DatasetInfo info) {
        try {
            SegmentColumns.resolve(info, null);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
