package io.campaignlab.engine.segments.profiles;

import java.util.List;

/**
 * Profiles of every segment of a segmentation.
 *
 * @param customers  customers segmented
 * @param population the population's means (index 100)
 * @param segments   one profile per segment, in the segmentation's order
 * @param categories the segment × category matrix, or null without a category column
 * @param engagement the population's funnel, or null without an events dataset
 */
public record ProfileReport(int customers, List<MetricIndex> population, List<SegmentProfile> segments,
                           CategoryMatrix categories, Engagement engagement) {

    public ProfileReport {
        population = List.copyOf(population);
        segments = List.copyOf(segments);
    }

    /** The profile of the segment of this name. */
    public SegmentProfile segment(String name) {
        return segments.stream().filter(s -> s.segment().equals(name)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("no segment " + name));
    }
}
