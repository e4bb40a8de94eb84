package io.campaignlab.engine.segments;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.segments.customers.CustomerData;
import io.campaignlab.engine.segments.customers.CustomerLoader;
import io.campaignlab.engine.segments.customers.CustomerTable;
import io.campaignlab.engine.segments.customers.SegmentColumns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What the segmentation jobs (RFM, k-means, rules) share: their kind, reading and cleaning a dataset's customers, and
 * storing a result as one segmentation with its segments, members, request and report. A segmentation is not a run:
 * nothing here records one.
 *
 * @param <R> the result
 */
public abstract class SegmentationJob<R> implements Job<R> {

    private final SegmentPorts ports;

    protected SegmentationJob(SegmentPorts ports) {
        this.ports = ports;
    }

    @Override
    public final String kind() {
        return "segment";
    }

    protected final SegmentPorts ports() {
        return ports;
    }

    /** Reads the dataset's columns that a segmentation uses and cleans its rows into customers. */
    protected final CustomerData customers(DatasetInfo info, LocalDate snapshot, String orderColumn,
                                           ProgressListener progress, CancellationToken cancel) {
        SegmentColumns columns = SegmentColumns.resolve(info, orderColumn);
        progress.message("Reading " + info.name());
        Frame frame = ports.frames().read(info.name(), columns.names(), progress, cancel);
        cancel.throwIfCancelled();
        progress.message("Cleaning " + frame.rows() + " rows");
        return CustomerLoader.load(frame, columns, snapshot);
    }

    /**
     * The segments to store, in order: segment {@code s} is named {@code names.get(s)}, holds the customers whose
     * {@code segmentOf} is {@code s} (in customer order), and is defined by {@code definition.apply(s)} as JSON.
     */
    protected static List<NewSegment> segments(CustomerTable customers, int[] segmentOf, List<String> names,
                                               IntFunction<Object> definition) {
        List<List<String>> members = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < segmentOf.length; i++) {
            members.get(segmentOf[i]).add(customers.userIds()[i]);
        }
        List<NewSegment> segments = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            segments.add(new NewSegment(names.get(s), SegmentJson.write(definition.apply(s)), members.get(s)));
        }
        return segments;
    }

    /**
     * Stores the segmentation with its request and its result (as the report shown again later).
     *
     * @return the stored segmentation's id
     */
    protected final long store(String name, SegmentKind kind, DatasetInfo source, LocalDate snapshot, Object request,
                               Object result, List<NewSegment> segments) {
        return ports.segments().save(new NewSegmentation(name, kind, SegmentProvenance.of(source), snapshot,
                SegmentJson.write(request), SegmentJson.write(result), segments)).id();
    }
}
