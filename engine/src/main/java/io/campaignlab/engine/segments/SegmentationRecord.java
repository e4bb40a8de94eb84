package io.campaignlab.engine.segments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored segmentation with its segments (and their sizes) in order. */
public record SegmentationRecord(long id, String name, SegmentKind kind, SegmentProvenance provenance,
                                 LocalDate snapshotDate, String paramsJson, Instant createdAt,
                                 List<SegmentRecord> segments) {

    public SegmentationRecord {
        segments = List.copyOf(segments);
    }

    /** Users over all its segments. */
    public long members() {
        return segments.stream().mapToLong(SegmentRecord::members).sum();
    }
}
