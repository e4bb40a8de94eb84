package io.campaignlab.engine.segments;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.segments.customers.CustomerData;
import io.campaignlab.engine.segments.customers.CustomerLoader;
import io.campaignlab.engine.segments.customers.CustomerTable;
import io.campaignlab.engine.segments.customers.SegmentColumns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads and cleans a dataset for a segmentation job, and groups members for storing. */
public final class SegmentSource {

    private SegmentSource() {
    }

    public static CustomerData load(SegmentPorts ports, DatasetInfo info, LocalDate snapshot, String orderColumn,
                             ProgressListener progress, CancellationToken cancel) {
        SegmentColumns columns = SegmentColumns.resolve(info, orderColumn);
        progress.message("Reading " + info.name());
        Frame frame = ports.frames().read(info.name(), columns.names(), progress, cancel);
        cancel.throwIfCancelled();
        progress.message("Cleaning " + frame.rows() + " rows");
        return CustomerLoader.load(frame, columns, snapshot);
    }

    /** The user ids of each segment, in customer order. */
    public static List<List<String>> members(CustomerTable customers, int[] segmentOf, int segments) {
        List<List<String>> members = new ArrayList<>();
        for (int s = 0; s < segments; s++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < segmentOf.length; i++) {
            members.get(segmentOf[i]).add(customers.userIds()[i]);
        }
        return members;
    }
}
