package io.campaignlab.engine.monitor;

import java.util.List;

/**
 * A model's performance bucket by bucket, oldest first; only buckets holding rows are listed.
 *
 * @param bucket      days or ISO weeks
 * @param buckets     the buckets with rows, in time order
 * @param labelled    whether labels were given
 * @param skippedRows rows left out for a missing time
 */
public record PerformanceTimeline(TimeBucket bucket, List<PerformanceBucket> buckets, boolean labelled,
                                  int skippedRows) {

    public PerformanceTimeline {
        buckets = List.copyOf(buckets);
    }
}
