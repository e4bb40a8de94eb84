package io.campaignlab.engine.segments;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A segmentation to store: one RFM or k-means result, or a single rules segment, with its segments in order.
 *
 * @param name         for people, e.g. {@code RFM of retail as of 2011-12-10}
 * @param kind         how it was made
 * @param provenance   the dataset and versions
 * @param snapshotDate the day recency is measured to, or null
 * @param paramsJson   the request it was made with
 * @param reportJson   the full result (cleaning counts, profiles, k sweep) for showing it again, or null
 * @param segments     its segments, in order
 */
public record NewSegmentation(String name, SegmentKind kind, SegmentProvenance provenance, LocalDate snapshotDate,
                              String paramsJson, String reportJson, List<NewSegment> segments) {

    public NewSegmentation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(paramsJson, "paramsJson");
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a segmentation needs at least one segment");
        }
    }
}
